package dev.servicedesk.identity;

import java.util.Set;

/** Who is calling, as the verified token says. */
public record Caller(String subject, String name, String email, String department, boolean vip, Set<Role> roles) {
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Desk staff and integrations work on anyone's tickets; a requester only on their own. */
    public boolean isStaff() {
        return has(Role.AGENT) || has(Role.SUPERVISOR) || has(Role.ADMIN) || has(Role.INTEGRATION);
    }
}
