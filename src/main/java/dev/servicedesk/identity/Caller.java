package dev.servicedesk.identity;

import java.util.Set;

/**
 * Who is calling, as the verified token says; {@code client} is the application the token was
 * issued to (its {@code azp} claim), when it names one; {@code locale} the language they read, from
 * the token's {@code locale} claim, else the request's {@code Accept-Language} (null when neither
 * names one).
 */
public record Caller(
        String subject,
        String name,
        String email,
        String department,
        boolean vip,
        Set<Role> roles,
        String client,
        String locale) {
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Desk staff and integrations work on anyone's tickets; a requester only on their own. */
    public boolean isStaff() {
        return has(Role.AGENT) || has(Role.SUPERVISOR) || has(Role.ADMIN) || has(Role.INTEGRATION);
    }

    /** Admins and integrations work every queue; agents and supervisors only those they belong to. */
    public boolean worksEveryQueue() {
        return has(Role.ADMIN) || has(Role.INTEGRATION);
    }
}
