package dev.servicedesk.notification.dto;

import dev.servicedesk.notification.NotificationKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record NotificationPreferencesUpdate(
        @NotNull @Size(max = 20) List<@NotNull NotificationKind> optedOut) {}
