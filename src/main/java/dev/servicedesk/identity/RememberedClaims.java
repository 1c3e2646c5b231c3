package dev.servicedesk.identity;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token whose claims are each read from it once. smallrye-jwt looks every claim name
 * up in the standard {@code Claims} enum and pays for an exception on each name outside it (name,
 * department, vip); a token kept by {@link VerifiedTokenCache} is read by every request that
 * carries it.
 */
final class RememberedClaims implements JsonWebToken {
    private static final Object ABSENT = new Object();

    private final JsonWebToken token;
    private final Map<String, Object> read = new ConcurrentHashMap<>();

    RememberedClaims(JsonWebToken token) {
        this.token = token;
    }

    @Override
    public String getName() {
        return token.getName();
    }

    @Override
    public Set<String> getClaimNames() {
        return token.getClaimNames();
    }

    @Override
    public Set<String> getGroups() {
        return token.getGroups();
    }

    @Override
    public Set<String> getAudience() {
        return token.getAudience();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String name) {
        Object value = read.computeIfAbsent(name, claim -> {
            Object found = token.getClaim(claim);
            return found == null ? ABSENT : found;
        });
        return value == ABSENT ? null : (T) value;
    }

    @Override
    public String toString() {
        return token.toString();
    }
}
