package dev.servicedesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.support.Contract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;
import org.junit.jupiter.api.Test;

/** The service routes exactly the operations the contract describes, no more and no fewer. */
class RoutesMatchContractTest {
    private static final String API_PREFIX = "/api/v1";
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    @Test
    void shouldRouteExactlyTheOperationsOfTheContract() throws IOException {
        assertThat(routedOperations()).isEqualTo(contractOperations()).isNotEmpty();
    }

    private static Set<String> contractOperations() {
        OpenAPI openApi = new OpenAPIV3Parser().readContents(Contract.text()).getOpenAPI();
        Set<String> operations = new TreeSet<>();
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .keySet()
                        .forEach(method -> operations.add(method.name() + " " + normalize(path))));
        return operations;
    }

    private static Set<String> routedOperations() throws IOException {
        Set<String> operations = new TreeSet<>();
        for (ClassInfo resource : mainClasses().getKnownClasses()) {
            AnnotationInstance classPath = resource.declaredAnnotation(PATH);
            if (classPath == null) {
                continue;
            }
            for (MethodInfo method : resource.methods()) {
                for (AnnotationInstance annotation : method.declaredAnnotations()) {
                    String httpMethod = annotation.name().withoutPackagePrefix();
                    if (annotation.name().packagePrefix().equals("jakarta.ws.rs")
                            && HTTP_METHODS.contains(httpMethod)) {
                        AnnotationInstance methodPath = method.annotation(PATH);
                        String path = join(
                                classPath.value().asString(),
                                methodPath == null ? "" : methodPath.value().asString());
                        if (path.startsWith(API_PREFIX)) {
                            operations.add(httpMethod + " " + normalize(path));
                        }
                    }
                }
            }
        }
        return operations;
    }

    /** The application's own classes, as built: test-only resources are not part of the service. */
    private static Index mainClasses() throws IOException {
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
        return indexer.complete();
    }

    private static String join(String base, String sub) {
        String path = "/" + base + "/" + sub;
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Parameter names may differ between code and contract; their positions may not. */
    private static String normalize(String path) {
        return path.replaceAll("\\{[^}]+}", "{}").toLowerCase(Locale.ROOT);
    }
}
