package dev.servicedesk.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The quota a request is counted against: whose (a client application, a person, an address) and
 * how many requests a window allows. Pure.
 */
record RatePolicy(String name, String key, long quota) {

    /**
     * For a caller with a valid token: their application's own quota if it has one (shared by all
     * its tokens), else their largest role's, for them alone.
     */
    static RatePolicy of(String subject, String client, Set<Role> roles, RateLimitSettings settings) {
        Long own = client == null ? null : settings.clients().get(client);
        if (own != null) {
            return new RatePolicy("client", "client:" + client, own);
        }
        String key = "subject:" + subject;
        RatePolicy best = new RatePolicy("requester", key, settings.requester());
        for (Role role : roles) {
            long quota = switch (role) {
                case REQUESTER -> settings.requester();
                case AGENT -> settings.agent();
                case SUPERVISOR -> settings.supervisor();
                case ADMIN -> settings.admin();
                case INTEGRATION -> settings.integration();
            };
            if (quota >= best.quota()) { // on a tie, the role listed last names the policy
                best = new RatePolicy(role.name().toLowerCase(Locale.ROOT), key, quota);
            }
        }
        return best;
    }

    static RatePolicy anonymous(String addressKey, RateLimitSettings settings) {
        return new RatePolicy("anonymous", "address:" + addressKey, settings.anonymous());
    }

    /** An IPv4 address as it is; an IPv6 one by its /64, which one client holds whole. */
    static String addressKey(String address) {
        if (address == null) {
            return "unknown";
        }
        if (!address.contains(":")) {
            return address;
        }
        String[] halves = address.split("::", -1);
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
        String[] tail = halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
        String[] groups = new String[8];
        Arrays.fill(groups, "0");
        System.arraycopy(head, 0, groups, 0, Math.min(head.length, 8));
        System.arraycopy(tail, 0, groups, 8 - Math.min(tail.length, 8), Math.min(tail.length, 8));
        return String.join(":", groups[0], groups[1], groups[2], groups[3]).toLowerCase(Locale.ROOT) + "::/64";
    }
}
