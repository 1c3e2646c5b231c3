package dev.servicedesk.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.servicedesk.common.LocalCaches;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens that passed full verification (signature, issuer, audience, expiry), so
 * that a client calling again with the same token does not pay for RSA verification and JSON
 * parsing on every request. An entry lives until the token expires, and never longer than
 * {@code servicedesk.identity.verified-token-cache.max-age}, which bounds how long a token keeps
 * passing after its signing key is withdrawn. Tokens that fail verification are never cached.
 */
@Decorator
@Priority(10)
abstract class VerifiedTokenCache implements JWTParser {
    private final JWTParser parser;
    private final Cache<String, JsonWebToken> verified;

    @Inject
    VerifiedTokenCache(
            @Delegate JWTParser parser,
            @ConfigProperty(name = "servicedesk.identity.verified-token-cache.max-age", defaultValue = "PT5M")
                    Duration maxAge,
            @ConfigProperty(name = "servicedesk.identity.verified-token-cache.max-size", defaultValue = "10000")
                    long maxSize) {
        this.parser = parser;
        this.verified = LocalCaches.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(untilExpiryOrAtMost(maxAge))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken cached = verified.getIfPresent(token);
        if (cached != null) {
            return cached;
        }
        JsonWebToken parsed = new RememberedClaims(parser.parse(token));
        verified.put(token, parsed);
        return parsed;
    }

    private static Expiry<String, JsonWebToken> untilExpiryOrAtMost(Duration maxAge) {
        return Expiry.creating((token, jwt) -> {
            long untilExpiry = TimeUnit.SECONDS.toNanos(jwt.getExpirationTime())
                    - TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
            return Duration.ofNanos(Math.max(0, Math.min(untilExpiry, maxAge.toNanos())));
        });
    }
}
