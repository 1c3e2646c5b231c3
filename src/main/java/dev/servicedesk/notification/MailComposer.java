package dev.servicedesk.notification;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.announcement.Announcement;
import dev.servicedesk.announcement.AnnouncementText;
import dev.servicedesk.announcement.AnnouncementTexts;
import dev.servicedesk.announcement.AudienceKind;
import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.event.StoredEvent;
import dev.servicedesk.identity.Person;
import dev.servicedesk.survey.SurveySettings;
import dev.servicedesk.ticket.TicketSettings;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Writes a notification in the recipient's language (their locale, else English) from its Qute
 * template, whose fragments {@code subject} and {@code body} are the message's parts.
 */
@ApplicationScoped
class MailComposer {
    static final List<String> LANGUAGES = List.of("en", "de");

    private final Engine engine;
    private final TicketSettings tickets;
    private final SurveySettings surveys;

    MailComposer(Engine engine, TicketSettings tickets, SurveySettings surveys) {
        this.engine = engine;
        this.tickets = tickets;
        this.surveys = surveys;
    }

    /** A message as written: its subject and plain text, and the language it is in. */
    record Letter(String subject, String text, String language) {}

    /** A notification about a ticket, from its event; about an announcement, from the announcement itself. */
    Letter compose(NotificationKind kind, Person recipient, StoredEvent event, Announcement announcement) {
        if (kind == NotificationKind.ANNOUNCEMENT) {
            return announcement(recipient, announcement);
        }
        String language = LanguageTags.negotiate(recipient.locale(), LANGUAGES, "en");
        Template template = engine.getTemplate("notifications/" + kind.template() + "." + language);
        return new Letter(
                render(template, "subject", recipient, event, language).strip(),
                render(template, "body", recipient, event, language).strip() + "\n",
                language);
    }

    /**
     * The day a survey offered with a resolution closes (UTC), written in the letter's language:
     * the resolution's time plus how long surveys stay open, as the offer itself reckons it.
     */
    private String surveyUntil(StoredEvent event, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(language))
                .withZone(ZoneOffset.UTC)
                .format(event.occurredAt().plus(surveys.answerWithin()));
    }

    /**
     * An announcement in the language of its own the recipient prefers (else its source), with the
     * frame around it in that language where there is a template for it; the desk's answer for
     * callers only to the desk.
     */
    private Letter announcement(Person recipient, Announcement announcement) {
        if (announcement == null) {
            throw new IllegalStateException("the announcement is gone");
        }
        AnnouncementTexts texts = announcement.texts();
        String textLanguage = LanguageTags.negotiate(
                recipient.locale(), texts.languages(), texts.source().language());
        AnnouncementText text = texts.find(textLanguage).orElse(texts.source()).text();
        if (announcement.audience().kind() != AudienceKind.DESK) {
            text = text.forRequesters();
        }
        String language = LanguageTags.negotiate(textLanguage, LANGUAGES, "en");
        Template template =
                engine.getTemplate("notifications/" + NotificationKind.ANNOUNCEMENT.template() + "." + language);
        AnnouncementText shown = text;
        UnaryOperator<TemplateInstance> data =
                instance -> instance.data("name", recipient.name() == null ? "" : recipient.name())
                        .data("key", announcement.key())
                        .data("title", shown.title())
                        .data("body", shown.body())
                        .data("expectedImpact", Objects.requireNonNullElse(shown.expectedImpact(), ""))
                        .data("workaround", Objects.requireNonNullElse(shown.workaround(), ""))
                        .data("callerAnswer", Objects.requireNonNullElse(shown.callerAnswer(), ""));
        return new Letter(
                data.apply(template.getFragment("subject").instance()).render().strip(),
                data.apply(template.getFragment("body").instance()).render().strip() + "\n",
                language);
    }

    private String render(Template template, String fragment, Person recipient, StoredEvent stored, String language) {
        JsonNode event = stored.data();
        JsonNode ticket = event.path("ticket");
        TemplateInstance instance = template.getFragment(fragment)
                .data("name", recipient.name() == null ? "" : recipient.name())
                .data("key", ticket.path("key").asText())
                .data("subject", ticket.path("subject").asText())
                .data("reply", event.path("comment").path("body").asText(""))
                .data("notes", event.path("reason").asText(""))
                .data("reopenDays", tickets.closeResolvedAfter().toDays())
                .data("surveyUntil", surveyUntil(stored, language));
        return instance.render();
    }
}
