package dev.servicedesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Makes creating POSTs safe to retry. The key is claimed in the same transaction that creates the
 * resource, so a concurrent retry waits on the claim's row lock and then replays the committed
 * answer; a failed create rolls the claim back and the key stays free.
 */
@ApplicationScoped
public class IdempotentCreates {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private static final String CLAIM = """
            INSERT INTO idempotency_record (caller, operation, idempotency_key, request_hash, created_at)
            VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (caller, operation, idempotency_key) DO UPDATE
               SET request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at,
                   response_status = NULL, response_location = NULL, response_etag = NULL, response_body = NULL
             WHERE idempotency_record.created_at < $6""";
    private static final String RECORD_RESPONSE = """
            UPDATE idempotency_record
               SET response_status = $1, response_location = $2, response_etag = $3, response_body = $4
             WHERE caller = $5 AND operation = $6 AND idempotency_key = $7""";
    private static final String FIND = """
            SELECT request_hash, response_status, response_location, response_etag, response_body
              FROM idempotency_record
             WHERE caller = $1 AND operation = $2 AND idempotency_key = $3""";
    private static final String PURGE = "DELETE FROM idempotency_record WHERE created_at < $1";

    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final Duration retention;

    public IdempotentCreates(
            ObjectMapper objectMapper,
            Clock clock,
            @ConfigProperty(name = "servicedesk.idempotency.retention", defaultValue = "24h") Duration retention) {
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Runs {@code create} once per (caller, operation, key) within the retention period and answers
     * 201 with its result; a retry with the same request replays that answer, another request
     * under the same key is a 422. Without a key the create simply runs.
     */
    public Uni<Response> create(
            String key, String caller, String operation, Object request, Supplier<Uni<Created>> create) {
        if (key == null) {
            return Panache.withTransaction(create).map(created -> toResponse(stored(created), false));
        }
        validateKey(key);
        String hash = hash(request);
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> SessionSql.execute(
                                session,
                                CLAIM,
                                caller,
                                operation,
                                key,
                                hash,
                                now.atOffset(ZoneOffset.UTC),
                                now.minus(retention).atOffset(ZoneOffset.UTC))
                        .chain(claimed -> claimed == 1
                                ? create.get()
                                        .chain(created -> record(session, caller, operation, key, stored(created)))
                                        .map(stored -> toResponse(stored, false))
                                : replay(session, caller, operation, key, hash))));
    }

    /** Forgets keys past the retention period; runs on every replica, deleting is idempotent. */
    public Uni<Integer> purgeExpired() {
        Instant expiredBefore = clock.instant().minus(retention);
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> SessionSql.execute(session, PURGE, expiredBefore.atOffset(ZoneOffset.UTC))));
    }

    private Uni<StoredResponse> record(
            Mutiny.Session session, String caller, String operation, String key, StoredResponse stored) {
        return SessionSql.execute(
                        session,
                        RECORD_RESPONSE,
                        stored.status(),
                        stored.location(),
                        stored.etag(),
                        stored.body(),
                        caller,
                        operation,
                        key)
                .replaceWith(stored);
    }

    private Uni<Response> replay(Mutiny.Session session, String caller, String operation, String key, String hash) {
        return SessionSql.select(session, FIND, caller, operation, key).map(rows -> {
            Object[] row = rows.get(0);
            if (!hash.equals(row[0])) {
                throw new ProblemException(
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was already used with a different request body.");
            }
            if (row[1] == null) {
                throw new ProblemException(
                        ProblemType.CONFLICT, "A request with this Idempotency-Key is still in progress.");
            }
            StoredResponse stored =
                    new StoredResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]);
            return toResponse(stored, true);
        });
    }

    private StoredResponse stored(Created created) {
        try {
            return new StoredResponse(
                    Response.Status.CREATED.getStatusCode(),
                    created.location() == null ? null : created.location().toString(),
                    created.etag(),
                    objectMapper.writeValueAsString(created.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize a created resource", e);
        }
    }

    private static Response toResponse(StoredResponse stored, boolean replayed) {
        Response.ResponseBuilder builder = Response.status(stored.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(stored.body());
        if (stored.location() != null) {
            // As given: relative. The builder's location() would make it absolute from the request's Host.
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            builder.header(HttpHeaders.ETAG, stored.etag());
        }
        if (replayed) {
            builder.header(REPLAYED_HEADER, "true");
        }
        return builder.build();
    }

    /** 1 to 255 printable ASCII characters; anything else is a 400 naming the header. */
    static void validateKey(String key) {
        boolean printable = key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !printable) {
            throw ProblemException.invalid(List.of(new FieldError(
                    HEADER, "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters without spaces")));
        }
    }

    private String hash(Object request) {
        try {
            byte[] canonical = objectMapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a request", e);
        }
    }

    private record StoredResponse(int status, String location, String etag, String body) {}
}
