import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's webhook receiver: answers 204 to every POST, counts requests and distinct
 * webhook-ids, and tells GET /stats as "requests distinct firstMillis lastMillis".
 * Run with: java bench/webhooks/Receiver.java PORT
 */
public class Receiver {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        AtomicLong requests = new AtomicLong();
        AtomicLong first = new AtomicLong();
        AtomicLong last = new AtomicLong();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/", exchange -> {
            if (exchange.getRequestMethod().equals("GET")) {
                byte[] stats = (requests.get() + " " + ids.size() + " " + first.get() + " " + last.get())
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, stats.length);
                exchange.getResponseBody().write(stats);
            } else {
                exchange.getRequestBody().readAllBytes();
                long now = System.currentTimeMillis();
                first.compareAndSet(0, now);
                last.set(now);
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                if (id != null) {
                    ids.add(id);
                }
                requests.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
    }
}
