import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The replicas benchmark's load: drives tickets and announcements through the API of several
 * replicas at once (round robin, failing over to the next replica when one does not answer, as a
 * load balancer would), so that the scheduled work they cause happens in the background.
 *
 * Tickets (DRIVER_TICKETS, created evenly over DRIVER_RAMP seconds by requesters) fall in four
 * groups, by a seeded random draw:
 *   A (45 %) nobody touches them: every warning, breach and escalation level comes due;
 *   B (35 %) an agent replies publicly 10-50 s after creation and resolves 3-8 s later (at most
 *            55 s after creation, before the resolution clock's first escalation level), so the
 *            ticket closes itself once SERVICEDESK_TICKETS_CLOSE_RESOLVED_AFTER has passed;
 *   C (10 %) resolved by an agent 1-5 s after creation, straight from NEW;
 *   D (10 %) an agent replies publicly 62-100 s after creation, after the first response breach.
 * Announcements (DRIVER_ANNOUNCEMENTS): two in three are planned maintenance published by the
 * scheduler, started and completed as planned (then archived a while after their end), one in
 * three general notices published by the scheduler and archived when they expire. Each is written
 * by the agent, sent for approval, approved by the supervisor and scheduled, all through the API.
 *
 * Writes DRIVER_OUT (tab-separated: ticket id, key, group) and prints what it did per replica.
 * Run with: java bench/replicas/Driver.java (configured by the environment, see the run script).
 */
public class Driver {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([A-Z]+-[0-9]+)\"");

    private final List<String> urls;
    private final long[] downUntil;
    private final AtomicLongArray requestsTo;
    private final AtomicLongArray failuresAt;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    Driver(List<String> urls) {
        this.urls = urls;
        this.downUntil = new long[urls.size()];
        this.requestsTo = new AtomicLongArray(urls.size());
        this.failuresAt = new AtomicLongArray(urls.size());
    }

    record Answer(int status, String body, String etag) {}

    /** One request, to the next replica that is up; on no answer, the same request to the next one. */
    Answer send(String method, String path, String token, String body, Map<String, String> headers) {
        IOException last = null;
        for (int attempt = 0; attempt < 3 * urls.size() + 3; attempt++) {
            int replica = pick();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(urls.get(replica) + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            headers.forEach(request::header);
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                requestsTo.incrementAndGet(replica);
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 502 || response.statusCode() == 503) {
                    throw new IOException("answered " + response.statusCode());
                }
                return new Answer(
                        response.statusCode(),
                        response.body(),
                        response.headers().firstValue("ETag").orElse(null));
            } catch (IOException e) {
                last = e;
                failuresAt.incrementAndGet(replica);
                synchronized (downUntil) {
                    downUntil[replica] = System.currentTimeMillis() + 3000;
                }
                sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no replica answered " + method + " " + path + ": " + last);
    }

    private int pick() {
        long now = System.currentTimeMillis();
        for (int i = 0; i < urls.size(); i++) {
            int replica = Math.floorMod(next.getAndIncrement(), urls.size());
            synchronized (downUntil) {
                if (downUntil[replica] <= now) {
                    return replica;
                }
            }
        }
        return Math.floorMod(next.getAndIncrement(), urls.size());
    }

    private void count(String what) {
        outcomes.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    // --- tickets

    record Ticket(int index, char group, String id, String key) {}

    Ticket create(int index, char group, String requesterToken) {
        String body = "{\"type\":\"INCIDENT\",\"subject\":\"Replica bench ticket " + index + " (" + group
                + ")\",\"description\":\"Created by bench/replicas/Driver.java.\",\"impact\":\"MEDIUM\",\"urgency\":\"MEDIUM\"}";
        Answer answer = send("POST", "/api/v1/tickets", requesterToken, body,
                Map.of("Idempotency-Key", "replica-bench-ticket-" + index));
        count("create " + answer.status());
        if (answer.status() != 201 && answer.status() != 200) {
            System.err.println("create " + index + ": " + answer.status() + " " + answer.body());
            return null;
        }
        return new Ticket(index, group, match(ID, answer.body()), match(KEY, answer.body()));
    }

    void reply(Ticket ticket, String agentToken, String what) {
        for (int attempt = 0; attempt < 6; attempt++) {
            Answer answer = send("POST", "/api/v1/tickets/" + ticket.id() + "/comments", agentToken,
                    "{\"body\":\"We are looking into it (" + what + ").\",\"visibility\":\"PUBLIC\"}",
                    Map.of("Idempotency-Key", "replica-bench-reply-" + ticket.index() + "-" + attempt));
            if (answer.status() == 412) {
                // the ticket changed under the reply (a scheduled job moved it): the service asks for a retry
                count("reply: 412 although no If-Match was sent, again");
                continue;
            }
            count("reply " + answer.status());
            if (answer.status() != 201 && answer.status() != 200) {
                System.err.println("reply " + ticket.key() + ": " + answer.status() + " " + answer.body());
            }
            return;
        }
    }

    void resolve(Ticket ticket, String agentToken) {
        for (int attempt = 0; attempt < 6; attempt++) {
            Answer read = send("GET", "/api/v1/tickets/" + ticket.id(), agentToken, null, Map.of());
            if (read.status() != 200) {
                count("resolve: read " + read.status());
                return;
            }
            if (read.body().contains("\"status\":\"RESOLVED\"")) {
                count("resolve: already resolved");
                return;
            }
            Answer moved = send("POST", "/api/v1/tickets/" + ticket.id() + "/transitions", agentToken,
                    "{\"to\":\"RESOLVED\",\"resolutionCode\":\"FIXED\",\"resolutionNotes\":\"Fixed by the replica bench.\"}",
                    Map.of("If-Match", read.etag()));
            if (moved.status() == 412) {
                count("resolve: 412, read again");
                continue;
            }
            count("resolve " + moved.status());
            if (moved.status() != 200) {
                System.err.println("resolve " + ticket.key() + ": " + moved.status() + " " + moved.body());
            }
            return;
        }
    }

    // --- announcements

    private static String iso(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    void announce(int index, Instant publishAt, boolean planned, String agentToken, String supervisorToken) {
        String dates = planned
                ? ",\"startsAt\":\"" + iso(publishAt.plusSeconds(20)) + "\",\"estimatedEndAt\":\""
                        + iso(publishAt.plusSeconds(50)) + "\""
                : ",\"expiresAt\":\"" + iso(publishAt.plusSeconds(45)) + "\"";
        String body = "{\"type\":\"" + (planned ? "MAINTENANCE" : "GENERAL") + "\",\"impact\":\"MINOR\",\"language\":\"en\","
                + "\"text\":{\"title\":\"Replica bench announcement " + index + "\",\"body\":\"Scheduled by the replica bench.\"},"
                + "\"audience\":{\"kind\":\"EVERYONE\"},\"publishAt\":\"" + iso(publishAt) + "\"" + dates + "}";
        Answer created = send("POST", "/api/v1/announcements", agentToken, body,
                Map.of("Idempotency-Key", "replica-bench-announcement-" + index));
        count("announcement create " + created.status());
        if (created.status() != 201 && created.status() != 200) {
            System.err.println("announcement " + index + ": " + created.status() + " " + created.body());
            return;
        }
        String id = match(ID, created.body());
        String etag = created.etag();
        String[][] moves = {
            {agentToken, "PENDING_APPROVAL"}, {supervisorToken, "APPROVED"}, {agentToken, "SCHEDULED"}
        };
        for (String[] move : moves) {
            Answer moved = send("POST", "/api/v1/announcements/" + id + "/transitions", move[0],
                    "{\"to\":\"" + move[1] + "\"}", Map.of("If-Match", etag));
            count("announcement " + move[1] + " " + moved.status());
            if (moved.status() != 200) {
                System.err.println("announcement " + index + " to " + move[1] + ": " + moved.status() + " " + moved.body());
                return;
            }
            etag = moved.etag();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        List<String> urls = List.of(env.get("DRIVER_URLS").split(","));
        int tickets = Integer.parseInt(env.getOrDefault("DRIVER_TICKETS", "1200"));
        int ramp = Integer.parseInt(env.getOrDefault("DRIVER_RAMP", "60"));
        int announcements = Integer.parseInt(env.getOrDefault("DRIVER_ANNOUNCEMENTS", "60"));
        String agent = env.get("DRIVER_AGENT_TOKEN");
        String supervisor = env.get("DRIVER_SUPERVISOR_TOKEN");
        String[] requesters = env.get("DRIVER_REQUESTER_TOKENS").split(",");
        Path out = Path.of(env.get("DRIVER_OUT"));

        Driver driver = new Driver(urls);
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(
                Integer.parseInt(env.getOrDefault("DRIVER_THREADS", "24")));
        Random random = new Random(Long.parseLong(env.getOrDefault("DRIVER_SEED", "17")));
        long started = System.currentTimeMillis();
        Instant t0 = Instant.now();

        // Announcements first (all written, approved and scheduled in the first seconds), published
        // 30-90 s from now, one every 60/n seconds.
        CountDownLatch announced = new CountDownLatch(announcements);
        for (int a = 0; a < announcements; a++) {
            int index = a;
            Instant publishAt = t0.plusMillis(30_000L + 60_000L * a / Math.max(1, announcements));
            boolean planned = a % 3 != 2;
            pool.execute(() -> {
                try {
                    driver.announce(index, publishAt, planned, agent, supervisor);
                } catch (RuntimeException e) {
                    System.err.println("announcement " + index + ": " + e);
                } finally {
                    announced.countDown();
                }
            });
        }

        List<Ticket> made = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger pending = new AtomicInteger(tickets);
        CountDownLatch done = new CountDownLatch(1);
        Runnable finished = () -> {
            if (pending.decrementAndGet() == 0) {
                done.countDown();
            }
        };
        for (int i = 0; i < tickets; i++) {
            int index = i;
            double draw = random.nextDouble();
            char group = draw < 0.45 ? 'A' : draw < 0.80 ? 'B' : draw < 0.90 ? 'C' : 'D';
            long createAt = (long) ramp * 1000L * i / tickets;
            long replyAfter = group == 'B' ? 10_000 + random.nextInt(40_000)
                    : group == 'D' ? 62_000 + random.nextInt(38_000) : 0;
            long resolveAfter = group == 'B' ? Math.min(55_000, replyAfter + 3_000 + random.nextInt(5_000))
                    : group == 'C' ? 1_000 + random.nextInt(4_000) : 0;
            String requester = requesters[i % requesters.length];
            pool.schedule(() -> {
                Ticket ticket;
                try {
                    ticket = driver.create(index, group, requester);
                } catch (RuntimeException e) {
                    System.err.println("create " + index + ": " + e);
                    ticket = null;
                }
                if (ticket == null) {
                    finished.run();
                    return;
                }
                made.add(ticket);
                Ticket t = ticket;
                long createdAt = System.currentTimeMillis(); // the offsets below count from the creation itself
                if (group == 'A') {
                    finished.run();
                } else if (group == 'C') {
                    pool.schedule(() -> {
                        try {
                            driver.resolve(t, agent);
                        } catch (RuntimeException e) {
                            System.err.println("resolve " + t.key() + ": " + e);
                        } finally {
                            finished.run();
                        }
                    }, resolveAfter, TimeUnit.MILLISECONDS);
                } else {
                    pool.schedule(() -> {
                        try {
                            driver.reply(t, agent, group == 'B' ? "in time" : "late");
                        } catch (RuntimeException e) {
                            System.err.println("reply " + t.key() + ": " + e);
                        }
                        if (group == 'D') {
                            finished.run();
                            return;
                        }
                        long left = Math.max(0, resolveAfter - (System.currentTimeMillis() - createdAt));
                        pool.schedule(() -> {
                            try {
                                driver.resolve(t, agent);
                            } catch (RuntimeException e) {
                                System.err.println("resolve " + t.key() + ": " + e);
                            } finally {
                                finished.run();
                            }
                        }, left, TimeUnit.MILLISECONDS);
                    }, replyAfter, TimeUnit.MILLISECONDS);
                }
            }, createAt, TimeUnit.MILLISECONDS);
        }

        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        progress.scheduleAtFixedRate(() -> System.out.printf(
                        "driver: %3d s, %d tickets created, %d still to drive%n",
                        (System.currentTimeMillis() - started) / 1000, made.size(), pending.get()),
                15, 15, TimeUnit.SECONDS);
        announced.await();
        done.await();
        progress.shutdownNow();
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);

        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
            for (Ticket t : made) {
                writer.println(t.id() + "\t" + t.key() + "\t" + t.group());
            }
        }
        System.out.printf("driver: done in %d s: %d tickets, %d announcements%n",
                (System.currentTimeMillis() - started) / 1000, made.size(), announcements);
        StringBuilder perReplica = new StringBuilder("driver: requests per replica:");
        for (int r = 0; r < urls.size(); r++) {
            perReplica.append(String.format(" replica-%d %d (%d unanswered)", r + 1, driver.requestsTo.get(r),
                    driver.failuresAt.get(r)));
        }
        System.out.println(perReplica);
        driver.outcomes.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("driver:   %-40s %6d%n", e.getKey(), e.getValue().get()));
    }
}
