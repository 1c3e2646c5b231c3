package dev.servicedesk.webhook;

import dev.servicedesk.event.EventType;
import java.util.List;

/** What a webhook is for: where it goes, which events, whether it is on. */
record WebhookTarget(String url, String description, List<EventType> eventTypes, boolean enabled) {}
