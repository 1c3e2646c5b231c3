package dev.servicedesk.identity;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, read from its verified JWT. */
@RequestScoped
public class CurrentCaller {
    private final JsonWebToken token;
    private final String departmentClaim;
    private final String vipClaim;

    CurrentCaller(
            JsonWebToken token,
            @ConfigProperty(name = "servicedesk.identity.department-claim", defaultValue = "department")
                    String departmentClaim,
            @ConfigProperty(name = "servicedesk.identity.vip-claim", defaultValue = "vip") String vipClaim) {
        this.token = token;
        this.departmentClaim = departmentClaim;
        this.vipClaim = vipClaim;
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
                claim(departmentClaim),
                "true".equalsIgnoreCase(claim(vipClaim)),
                Role.fromGroups(token.getGroups()),
                claim("azp"));
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString();
    }
}
