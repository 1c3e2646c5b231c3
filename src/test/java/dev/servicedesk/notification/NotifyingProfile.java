package dev.servicedesk.notification;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The suite with notifications on: only the notification tests run in it. */
public class NotifyingProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "servicedesk.notifications.enabled", "true", "servicedesk.notifications.from", "desk@servicedesk.test");
    }
}
