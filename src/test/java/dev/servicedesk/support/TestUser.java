package dev.servicedesk.support;

import dev.servicedesk.identity.Role;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A person the tests sign real RS256 tokens for, with the dev key the test profile trusts. */
public record TestUser(String subject, String name, String email, String department, boolean vip, Set<String> groups) {
    public static final String ISSUER = "https://servicedesk.local/dev";
    public static final String AUDIENCE = "servicedesk";

    /** A new person (unique subject) holding the given roles. */
    public static TestUser with(Role... roles) {
        String subject = "user-" + UUID.randomUUID();
        return new TestUser(
                subject,
                "Test " + subject.substring(5, 13),
                subject + "@example.org",
                "Finance",
                false,
                Arrays.stream(roles).map(Role::name).collect(Collectors.toSet()));
    }

    public TestUser withName(String newName) {
        return new TestUser(subject, newName, email, department, vip, groups);
    }

    public TestUser withDepartment(String newDepartment) {
        return new TestUser(subject, name, email, newDepartment, vip, groups);
    }

    /** The same person, whom the identity provider now marks a VIP. */
    public TestUser asVip() {
        return new TestUser(subject, name, email, department, true, groups);
    }

    public JwtClaimsBuilder claims() {
        JwtClaimsBuilder claims =
                Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(groups);
        optionalClaim(claims, "name", name);
        optionalClaim(claims, "email", email);
        optionalClaim(claims, "department", department);
        if (vip) {
            claims.claim("vip", true);
        }
        return claims;
    }

    private static void optionalClaim(JwtClaimsBuilder claims, String claim, String value) {
        if (value != null) {
            claims.claim(claim, value);
        }
    }

    public String token() {
        return claims().sign();
    }

    /** Calls the service once, so that it records this person; answers their person id. */
    public String signIn() {
        return Api.as(this).get("/api/v1/me").then().statusCode(200).extract().path("id");
    }
}
