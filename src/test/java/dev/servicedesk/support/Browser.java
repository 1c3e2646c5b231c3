package dev.servicedesk.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real browser (Debian's headless Chromium, which {@code .ci/run} installs) loading a page from
 * an origin of its own: a server on {@code host} serves the page and takes the result the page
 * posts back to it.
 */
public final class Browser {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browser() {}

    /** Loads {@code resource} from {@code host}, with {@code fragment} after '#'; answers what the page posted to /result. */
    public static String run(String host, String resource, String fragment, Duration within) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("No browser at " + CHROMIUM + ": install Debian's chromium (.ci/run does)");
        }
        byte[] page;
        try (InputStream in = Browser.class.getResourceAsStream(resource)) {
            page = in.readAllBytes();
        }
        CompletableFuture<String> result = new CompletableFuture<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        server.createContext("/page.html", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.createContext("/result", exchange -> {
            result.complete(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        Path profile = Files.createTempDirectory("chromium-profile");
        Path log = Files.createTempFile("chromium", ".log");
        Process chromium = null;
        try {
            String url = "http://" + host + ":" + server.getAddress().getPort() + "/page.html#" + fragment;
            chromium = new ProcessBuilder(command(profile, within, url))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            chromium.onExit()
                    .thenRun(() -> result.completeExceptionally(new IllegalStateException(
                            "The browser ended before the page reported; its output: " + read(log))));
            return result.get(within.toSeconds() + 10, TimeUnit.SECONDS);
        } finally {
            if (chromium != null) {
                chromium.descendants().forEach(ProcessHandle::destroyForcibly);
                chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            server.stop(0);
            deleteQuietly(profile);
            Files.deleteIfExists(log);
        }
    }

    /** Loads {@code url} and answers the page's DOM once the browser has run it for {@code within}. */
    public static String dom(String url, Duration within) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("No browser at " + CHROMIUM + ": install Debian's chromium (.ci/run does)");
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        Path dom = Files.createTempFile("chromium", ".html");
        Process chromium = null;
        try {
            chromium = new ProcessBuilder(command(profile, within, url))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(dom.toFile())
                    .start();
            if (!chromium.waitFor(within.toSeconds() + 30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The browser did not finish loading " + url);
            }
            return Files.readString(dom);
        } finally {
            if (chromium != null) {
                chromium.descendants().forEach(ProcessHandle::destroyForcibly);
                chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            deleteQuietly(profile);
            Files.deleteIfExists(dom);
        }
    }

    /** Headless, with nothing of its own going to the network, printing the page's DOM once run. */
    private static List<String> command(Path profile, Duration within, String url) {
        return List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=" + within.toMillis(),
                "--dump-dom",
                url);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Removes the browser's profile; what its last processes still write there as they end is let be. */
    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory; the system cleans it up
        }
    }
}
