package dev.servicedesk.identity;

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

    static RatePolicy anonymous(String address, RateLimitSettings settings) {
        return new RatePolicy("anonymous", "address:" + address, settings.anonymous());
    }
}
