package dev.servicedesk.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's metrics as Prometheus scrapes them from /q/metrics (text exposition). The suite
 * shares one registry, so tests compare a series before and after, never its absolute value.
 */
public final class Metrics {
    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Metrics() {}

    /**
     * The series {@code name} whose labels include these (name, value pairs), summed over those
     * that match; empty when none is exposed.
     */
    public static OptionalDouble series(String name, String... labels) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        String text = given().accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        boolean found = false;
        double sum = 0;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches() || !sample.group(1).equals(name)) {
                continue;
            }
            Map<String, String> has = new HashMap<>();
            Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
            while (label.find()) {
                has.put(label.group(1), label.group(2));
            }
            if (has.entrySet().containsAll(wanted.entrySet())) {
                found = true;
                sum += Double.parseDouble(sample.group(3));
            }
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    /** Like {@link #series}, 0 when none is exposed. */
    public static double value(String name, String... labels) {
        return series(name, labels).orElse(0);
    }

    /**
     * The value once it reached {@code expected}, read again and again for up to ten seconds, for
     * what is counted after the response that caused it; the last value read when it did not.
     */
    public static double await(double expected, String name, String... labels) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        double value = value(name, labels);
        while (value < expected && Instant.now().isBefore(deadline)) {
            MailServer.pause();
            value = value(name, labels);
        }
        return value;
    }
}
