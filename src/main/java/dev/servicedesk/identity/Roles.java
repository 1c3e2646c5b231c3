package dev.servicedesk.identity;

/** Role names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {
    public static final String REQUESTER = "REQUESTER";
    public static final String AGENT = "AGENT";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMIN = "ADMIN";
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {}
}
