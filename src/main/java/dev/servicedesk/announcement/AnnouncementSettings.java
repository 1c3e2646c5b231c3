package dev.servicedesk.announcement;

import dev.servicedesk.identity.Role;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "servicedesk.announcements")
public interface AnnouncementSettings {
    /** How long a running event may go without an update before it shows as update-overdue. */
    @WithDefault("PT1H")
    Duration updateEvery();

    /** How long a published announcement stays up after its event ended, before the scheduler archives it. */
    @WithDefault("P1D")
    Duration archiveAfterEnd();

    /** How often each replica publishes, moves and archives what is due (read by the scheduler as well). */
    @WithDefault("1m")
    String checkEvery();

    Approval approval();

    interface Approval {
        /** The role that approves MAJOR or CRITICAL impact and a MAJOR_INCIDENT (an ADMIN always may). */
        @WithDefault("ADMIN")
        Role severe();

        /** The role that approves any other announcement. */
        @WithDefault("SUPERVISOR")
        Role other();
    }
}
