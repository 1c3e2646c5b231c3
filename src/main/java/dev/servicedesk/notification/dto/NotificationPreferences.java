package dev.servicedesk.notification.dto;

import dev.servicedesk.notification.NotificationKind;
import java.util.Arrays;
import java.util.List;

public record NotificationPreferences(List<NotificationKind> optedOut, List<KindSetting> kinds) {
    /** One kind: whether it is essential, and whether the person gets it. */
    public record KindSetting(NotificationKind kind, boolean essential, boolean sent) {}

    public static NotificationPreferences of(List<NotificationKind> optedOut) {
        return new NotificationPreferences(
                optedOut,
                Arrays.stream(NotificationKind.values())
                        .map(kind -> new KindSetting(kind, kind.essential(), !optedOut.contains(kind)))
                        .toList());
    }
}
