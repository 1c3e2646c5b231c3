package dev.servicedesk.identity;

import dev.servicedesk.common.LanguageTags;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, read from its verified JWT. */
@RequestScoped
public class CurrentCaller {
    private final JsonWebToken token;
    private final HttpServerRequest request;
    private final ClaimNames claims;

    CurrentCaller(JsonWebToken token, HttpServerRequest request, ClaimNames claims) {
        this.token = token;
        this.request = request;
        this.claims = claims;
    }

    private Caller caller;

    /** Read from the token once per request. */
    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Caller read() {
        return new Caller(
                token.getSubject(),
                claim("name"),
                claim("email"),
                claim(claims.department()),
                "true".equalsIgnoreCase(claim(claims.vip())),
                Role.fromGroups(token.getGroups()),
                claim("azp"),
                locale());
    }

    /** The token's locale claim (OIDC writes {@code de} or {@code pt-BR}, some providers {@code pt_BR}), else the header's first choice. */
    private String locale() {
        String claimed = claim(claims.locale());
        return LanguageTags.parse(claimed == null ? null : claimed.replace('_', '-'))
                .or(() -> LanguageTags.mostPreferred(request.getHeader("Accept-Language")))
                .orElse(null);
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString();
    }
}
