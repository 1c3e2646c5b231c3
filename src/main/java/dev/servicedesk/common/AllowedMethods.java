package dev.servicedesk.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path allows, read from the served contract (which a test holds equal to the
 * routes), so that a 405 carries the Allow header RFC 9110 requires; the framework omits it.
 */
final class AllowedMethods {
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");
    private static final List<Map.Entry<Pattern, String>> ROUTES = load();

    private AllowedMethods() {}

    /** The Allow header value for a path, or null if the contract does not describe the path. */
    static String forPath(String path) {
        return ROUTES.stream()
                .filter(route -> route.getKey().matcher(path).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static List<Map.Entry<Pattern, String>> load() {
        try (InputStream contract = AllowedMethods.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            JsonNode paths =
                    new ObjectMapper(new YAMLFactory()).readTree(contract).path("paths");
            List<Map.Entry<Pattern, String>> routes = new ArrayList<>();
            paths.properties().forEach(path -> {
                Set<String> methods = new TreeSet<>();
                path.getValue().fieldNames().forEachRemaining(field -> {
                    if (HTTP_METHODS.contains(field)) {
                        methods.add(field.toUpperCase(Locale.ROOT));
                    }
                });
                if (methods.contains("GET")) {
                    methods.add("HEAD");
                }
                methods.add("OPTIONS");
                routes.add(Map.entry(template(path.getKey()), String.join(", ", methods)));
            });
            return List.copyOf(routes);
        } catch (IOException e) {
            throw new UncheckedIOException("The contract META-INF/openapi.yaml cannot be read", e);
        }
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("\\{[^}]+}", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
