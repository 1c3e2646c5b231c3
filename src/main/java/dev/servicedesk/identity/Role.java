package dev.servicedesk.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The roles a token's groups claim can grant; any other group is ignored. */
public enum Role {
    REQUESTER,
    AGENT,
    SUPERVISOR,
    ADMIN,
    INTEGRATION;

    public static Set<Role> fromGroups(Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(group -> parse(group).ifPresent(roles::add));
        return roles;
    }

    private static Optional<Role> parse(String group) {
        return Arrays.stream(values()).filter(role -> role.name().equals(group)).findFirst();
    }
}
