package dev.servicedesk.identity;

import com.github.benmanes.caffeine.cache.Cache;
import dev.servicedesk.common.LocalCaches;
import dev.servicedesk.common.RateLimited;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Per-client rate limits (a token bucket per client on each replica): every API answer carries
 * the IETF {@code RateLimit-Policy} and {@code RateLimit} headers, and a request past the quota is
 * a 429 with {@code Retry-After}. A caller with a valid token is counted by who they are, any
 * other request by its address.
 */
@ApplicationScoped
public class RateLimits {
    private static final String PROBE = RateLimits.class.getName() + ".probe";

    private final RateLimitSettings settings;
    private final CurrentIdentityAssociation identities;
    private final Cache<String, Bucket> buckets;

    RateLimits(RateLimitSettings settings, CurrentIdentityAssociation identities) {
        if (settings.window().toMillis() < 1000 || settings.window().toNanos() % 1_000_000_000L != 0) {
            throw new IllegalStateException("servicedesk.rate-limits.window must be whole seconds, one at least");
        }
        this.settings = settings;
        this.identities = identities;
        this.buckets = LocalCaches.newBuilder()
                .expireAfterAccess(settings.window().multipliedBy(2))
                .maximumSize(200_000)
                .build();
    }

    /** What a request left of its quota, for the answer's headers. */
    record Counted(RatePolicy policy, ConsumptionProbe probe) {}

    @ServerRequestFilter(preMatching = true) // before the security checks, so that what they refuse is counted too
    public Uni<Void> count(ContainerRequestContext request, HttpServerRequest http) {
        return identities
                .getDeferredIdentity()
                .onFailure(AuthenticationFailedException.class)
                .recoverWithNull()
                .map(identity -> {
                    RatePolicy policy = policyFor(identity, http);
                    ConsumptionProbe probe = bucket(policy).tryConsumeAndReturnRemaining(1);
                    request.setProperty(PROBE, new Counted(policy, probe));
                    // a token that failed verification is counted by address but answered its 401, so
                    // that a client whose token expired learns it must get another
                    boolean rejectedToken = identity == null && request.getHeaderString("Authorization") != null;
                    if (!probe.isConsumed() && !rejectedToken) {
                        throw new RateLimited(
                                "Too many requests for the " + policy.name() + " quota of " + policy.quota() + " per "
                                        + settings.window().toSeconds() + " seconds; retry later.",
                                seconds(probe.getNanosToWaitForRefill()));
                    }
                    return null;
                });
    }

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PROBE) instanceof Counted counted)) {
            return;
        }
        RatePolicy policy = counted.policy();
        response.getHeaders()
                .putSingle(
                        "RateLimit-Policy",
                        "\"" + policy.name() + "\";q=" + policy.quota() + ";w="
                                + settings.window().toSeconds());
        // t: when the quota is whole again; refused: when the next request goes through, as Retry-After says
        long reset = counted.probe().isConsumed()
                ? counted.probe().getNanosToWaitForReset()
                : counted.probe().getNanosToWaitForRefill();
        response.getHeaders()
                .putSingle(
                        "RateLimit",
                        "\"" + policy.name() + "\";r=" + counted.probe().getRemainingTokens() + ";t=" + seconds(reset));
    }

    private RatePolicy policyFor(SecurityIdentity identity, HttpServerRequest http) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            String address =
                    http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
            return RatePolicy.anonymous(RatePolicy.addressKey(address), settings);
        }
        Object client = token.getClaim("azp");
        return RatePolicy.of(
                token.getSubject() != null ? token.getSubject() : token.getName(),
                client == null ? null : client.toString(),
                Role.fromGroups(token.getGroups() == null ? Set.of() : token.getGroups()),
                settings);
    }

    private Bucket bucket(RatePolicy policy) {
        return buckets.get(
                policy.key() + "|" + policy.quota(),
                key -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(policy.quota())
                                .refillGreedy(policy.quota(), settings.window())
                                .build())
                        .build());
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
