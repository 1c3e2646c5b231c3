package dev.servicedesk.support;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP endpoint for webhooks on 127.0.0.1: it keeps every request it gets and answers each
 * as told (a status, or after a delay longer than the service waits), 200 when told nothing.
 */
public final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Received> arrivals = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

    /** A request as it arrived: its headers (names in lower case) and body. */
    public record Received(Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }

        /** Whether the Standard Webhooks library, with this secret, finds the request signed and fresh. */
        public boolean verifiesWith(String secret) {
            try {
                new Webhook(secret).verify(body, headers);
                return true;
            } catch (WebhookVerificationException e) {
                return false;
            }
        }
    }

    private record Answer(int status, Duration delay, String location) {}

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests are answered with these statuses, in order. */
    public WebhookReceiver answer(int... statuses) {
        for (int status : statuses) {
            answers.add(new Answer(status, Duration.ZERO, null));
        }
        return this;
    }

    /** The next request is answered only after {@code delay}. */
    public WebhookReceiver answerAfter(Duration delay) {
        answers.add(new Answer(200, delay, null));
        return this;
    }

    /** The next request is answered 302, sent on to {@code location}. */
    public WebhookReceiver redirect(String location) {
        answers.add(new Answer(302, Duration.ZERO, location));
        return this;
    }

    /** Every request so far, in the order they arrived. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The next request to arrive (or one that arrived unawaited), waiting at most {@code within}. */
    public Received await(Duration within) {
        try {
            Received next = arrivals.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("no webhook request arrived within " + within + " (" + Instant.now() + ")");
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        Received request = new Received(Map.copyOf(headers), body);
        received.add(request);
        arrivals.add(request);
        Answer answer = answers.poll();
        if (answer == null) {
            answer = new Answer(200, Duration.ZERO, null);
        }
        try {
            Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (answer.location() != null) {
            exchange.getResponseHeaders().add("Location", answer.location());
        }
        exchange.sendResponseHeaders(answer.status(), -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
