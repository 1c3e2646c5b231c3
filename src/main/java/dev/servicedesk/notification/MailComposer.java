package dev.servicedesk.notification;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.identity.Person;
import dev.servicedesk.ticket.TicketSettings;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Writes a notification in the recipient's language (their locale, else English) from its Qute
 * template, whose fragments {@code subject} and {@code body} are the message's parts.
 */
@ApplicationScoped
class MailComposer {
    static final List<String> LANGUAGES = List.of("en", "de");

    private final Engine engine;
    private final TicketSettings tickets;

    MailComposer(Engine engine, TicketSettings tickets) {
        this.engine = engine;
        this.tickets = tickets;
    }

    /** A message as written: its subject and plain text, and the language it is in. */
    record Letter(String subject, String text, String language) {}

    Letter compose(NotificationKind kind, Person recipient, JsonNode event) {
        String language = LanguageTags.negotiate(recipient.locale(), LANGUAGES, "en");
        Template template = engine.getTemplate("notifications/" + kind.template() + "." + language);
        return new Letter(
                render(template, "subject", recipient, event).strip(),
                render(template, "body", recipient, event).strip() + "\n",
                language);
    }

    private String render(Template template, String fragment, Person recipient, JsonNode event) {
        JsonNode ticket = event.path("ticket");
        TemplateInstance instance = template.getFragment(fragment)
                .data("name", recipient.name() == null ? "" : recipient.name())
                .data("key", ticket.path("key").asText())
                .data("subject", ticket.path("subject").asText())
                .data("reply", event.path("comment").path("body").asText(""))
                .data("notes", event.path("reason").asText(""))
                .data("reopenDays", tickets.closeResolvedAfter().toDays());
        return instance.render();
    }
}
