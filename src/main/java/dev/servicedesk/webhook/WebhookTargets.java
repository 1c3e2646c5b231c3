package dev.servicedesk.webhook;

import dev.servicedesk.common.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.unchecked.Unchecked;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a webhook may send (server-side request forgery guard): an absolute https URL without
 * credentials whose host resolves only to public addresses, or to internal ones configuration
 * allows. Checked when a URL is set and again before every delivery, which then connects to the
 * very address checked, so a name that resolves elsewhere by then (DNS rebinding) gains nothing.
 */
@ApplicationScoped
class WebhookTargets {
    private final boolean requireHttps;
    private final AddressRanges internal = AddressRanges.internal();
    private final AddressRanges allowed;
    private final Vertx vertx;

    WebhookTargets(WebhookSettings settings, Vertx vertx) {
        this.requireHttps = settings.requireHttps();
        this.allowed = AddressRanges.of(settings.allowedPrivateTargets().orElse(List.of()));
        this.vertx = vertx;
    }

    /** A URL checked and the address it may be reached at. */
    record Target(URI uri, InetAddress address) {
        int port() {
            return uri.getPort() >= 0 ? uri.getPort() : https() ? 443 : 80;
        }

        boolean https() {
            return uri.getScheme().equalsIgnoreCase("https");
        }

        /** The path and query the request names. */
        String requestUri() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /** The URL as written: a 400 naming {@code url} when it may not be one (no look-up yet). */
    URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw refused("must be an absolute https URL");
        }
        if (requireHttps && !scheme.equals("https")) {
            throw refused("must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("must not carry credentials");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw refused("must name a port from 1 to 65535");
        }
        return uri;
    }

    /** The URL checked and resolved (off the event loop); a failure (ProblemException naming {@code url}) when refused. */
    Uni<Target> check(String url) {
        return Uni.createFrom().item(() -> parse(url)).chain(uri -> {
            String host = uri.getHost().startsWith("[")
                    ? uri.getHost().substring(1, uri.getHost().length() - 1)
                    : uri.getHost();
            return vertx.executeBlocking(Uni.createFrom().item(Unchecked.supplier(() -> resolve(host))))
                    .map(addresses -> new Target(uri, permitted(addresses)));
        });
    }

    private static List<InetAddress> resolve(String host) {
        try {
            return Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw notPublic();
        }
    }

    /** The first address, once every one is public or allowed: one internal address refuses the host. */
    private InetAddress permitted(List<InetAddress> addresses) {
        for (InetAddress address : addresses) {
            if (internal.contains(address) && !allowed.contains(address)) {
                throw notPublic();
            }
        }
        return addresses.get(0);
    }

    /** One answer for a name that does not resolve and one that resolves inside: neither tells which, nor where. */
    private static ProblemException notPublic() {
        return refused("must reach a public address (its host resolves to an internal address, or to none)");
    }

    private static ProblemException refused(String message) {
        return ProblemException.invalid("url", message);
    }
}
