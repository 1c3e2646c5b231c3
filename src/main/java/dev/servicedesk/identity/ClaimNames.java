package dev.servicedesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which token claims say a caller's department, VIP standing and locale: read from the
 * configuration once, not by every request's {@link CurrentCaller}.
 */
@ApplicationScoped
class ClaimNames {
    private final String department;
    private final String vip;
    private final String locale;

    ClaimNames(
            @ConfigProperty(name = "servicedesk.identity.department-claim", defaultValue = "department")
                    String department,
            @ConfigProperty(name = "servicedesk.identity.vip-claim", defaultValue = "vip") String vip,
            @ConfigProperty(name = "servicedesk.identity.locale-claim", defaultValue = "locale") String locale) {
        this.department = department;
        this.vip = vip;
        this.locale = locale;
    }

    String department() {
        return department;
    }

    String vip() {
        return vip;
    }

    String locale() {
        return locale;
    }
}
