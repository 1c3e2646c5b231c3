import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The replicas benchmark's webhook receiver: answers 204 to every POST and writes one line per
 * delivery it received, before answering, to FILE: "receivedAtMillis <TAB> path <TAB> webhook-id
 * <TAB> event type" (tab-separated, ready for COPY). GET /stats answers "requests lastMillis".
 * Every delivery is recorded, duplicates included: counting them is the point.
 * Run with: java bench/replicas/Recorder.java PORT FILE
 */
public class Recorder {
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
        AtomicLong requests = new AtomicLong();
        AtomicLong last = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            try {
                if (exchange.getRequestMethod().equals("GET")) {
                    synchronized (out) {
                        out.flush();
                    }
                    byte[] stats = (requests.get() + " " + last.get()).getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, stats.length);
                    exchange.getResponseBody().write(stats);
                } else {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    long now = System.currentTimeMillis();
                    String id = exchange.getRequestHeaders().getFirst("webhook-id");
                    Matcher type = TYPE.matcher(body);
                    String line = now + "\t" + exchange.getRequestURI().getPath() + "\t" + (id == null ? "" : id)
                            + "\t" + (type.find() ? type.group(1) : "") + "\n";
                    synchronized (out) {
                        out.write(line);
                    }
                    requests.incrementAndGet();
                    last.set(now);
                    exchange.sendResponseHeaders(204, -1);
                }
            } catch (IOException e) {
                System.err.println("receiver: " + e);
            } finally {
                exchange.close();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (out) {
                try {
                    out.flush();
                } catch (IOException ignored) {
                    // exiting anyway
                }
            }
        }));
        server.start();
    }
}
