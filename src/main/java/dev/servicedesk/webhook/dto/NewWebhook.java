package dev.servicedesk.webhook.dto;

import dev.servicedesk.event.EventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.CodePointLength;

/** The contract's NewWebhook, and what a WebhookPatch is merged into. */
public record NewWebhook(
        @NotBlank @CodePointLength(max = 2000) String url,
        @CodePointLength(max = 500) String description,
        @NotEmpty @Size(max = 50) List<@NotNull EventType> eventTypes,
        Boolean enabled) {

    public boolean isEnabled() {
        return enabled == null || enabled;
    }
}
