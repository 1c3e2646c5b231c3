import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients of the outage benchmark: each thread records tickets one after another, each with its own
 * Idempotency-Key, and reads back one it recorded earlier. A client behaves as the contract asks:
 * after a 503 (or a refused connection) it sends the same request again after Retry-After seconds
 * (at most 2, so that the run sees the service come back), with the same key. Prints, per second, what the clients got; writes the id and key of every
 * ticket the service acknowledged (201) to a file, for the run script to look up in the database.
 *
 *   java Clients.java BASE_URL TOKEN_FILE SECONDS THREADS ACKNOWLEDGED_FILE
 */
public class Clients {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String base;
    private final List<String> tokens;
    private final long endsAt;
    private final long startedAt = System.nanoTime();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** second → outcome → count; outcomes: the status code, or "refused" for no HTTP answer. */
    private final Map<Long, Map<String, AtomicLong>> perSecond = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicLong givenUp = new AtomicLong();

    Clients(String base, List<String> tokens, int seconds) {
        this.base = base;
        this.tokens = tokens;
        this.endsAt = startedAt + seconds * 1_000_000_000L;
    }

    public static void main(String[] args) throws Exception {
        List<String> tokens = Files.readAllLines(Path.of(args[1]));
        Clients clients = new Clients(args[0], tokens, Integer.parseInt(args[2]));
        int threads = Integer.parseInt(args[3]);
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            String token = tokens.get(i % tokens.size());
            workers[i] = new Thread(() -> clients.work(token));
            workers[i].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        clients.report(Path.of(args[4]));
    }

    private void work(String token) {
        String earlier = null; // the last of this client's own tickets: a requester reads only theirs
        while (System.nanoTime() < endsAt) {
            String key = UUID.randomUUID().toString();
            String id = create(token, key);
            if (id != null) {
                acknowledged.add(id + "," + key);
            }
            if (earlier != null) {
                send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets/" + earlier))
                        .header("Authorization", "Bearer " + token)
                        .GET());
            }
            earlier = id == null ? earlier : id;
        }
    }

    /** Sends one create until the service acknowledges it, or gives up after a minute. */
    private String create(String token, String key) {
        String body = "{\"type\":\"INCIDENT\",\"subject\":\"Outage bench " + key
                + "\",\"description\":\"Recorded while the database may be away\",\"category\":\"SOFTWARE\"}";
        long giveUpAt = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < giveUpAt) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (response != null && response.statusCode() == 201) {
                Matcher id = ID.matcher(response.body());
                return id.find() ? id.group(1) : null;
            }
            if (response != null && response.statusCode() != 503) {
                return null; // anything else is a failure the report shows; not retried
            }
            long retryAfter = response == null
                    ? 1
                    : response.headers().firstValueAsLong("Retry-After").orElse(1);
            sleep(Math.min(retryAfter, 2) * 1000);
        }
        givenUp.incrementAndGet();
        return null;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response = null;
        String outcome;
        try {
            response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            outcome = Integer.toString(response.statusCode());
        } catch (IOException e) {
            outcome = "refused";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        long second = (System.nanoTime() - startedAt) / 1_000_000_000L;
        perSecond.computeIfAbsent(second, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome, o -> new AtomicLong())
                .incrementAndGet();
        return response;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(Path acknowledgedFile) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acknowledgedFile))) {
            acknowledged.forEach(out::println);
        }
        Map<String, Long> totals = new java.util.TreeMap<>();
        System.out.println("second  answers by status (refused = no HTTP answer)");
        perSecond.keySet().stream().sorted().forEach(second -> {
            Map<String, AtomicLong> outcomes = perSecond.get(second);
            StringBuilder line = new StringBuilder(String.format("%6d ", second));
            new java.util.TreeMap<>(outcomes).forEach((outcome, count) -> {
                line.append(' ').append(outcome).append('=').append(count.get());
                totals.merge(outcome, count.get(), Long::sum);
            });
            System.out.println(line);
        });
        System.out.println("TOTAL " + totals);
        System.out.println("ACKNOWLEDGED " + acknowledged.size());
        System.out.println("GAVE_UP " + givenUp.get());
    }
}
