package dev.servicedesk.survey;

import dev.servicedesk.event.PlacedEventsListener;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Offers the requester a survey when their ticket is first resolved, from the placed event, in
 * the placing transaction: once per ticket on any number of replicas, and never again when it is
 * reopened and resolved anew. It stays open for {@link SurveySettings#answerWithin()} from the
 * resolution itself. Only requesters who signed in are surveyed: someone known only by e-mail could not answer.
 */
@ApplicationScoped
class SurveyOffers implements PlacedEventsListener {
    private static final String OFFER = """
            INSERT INTO survey (ticket_id, requester_id, offered_at, expires_at, questions_version)
            SELECT e.subject_id, p.id, e.occurred_at, e.occurred_at + make_interval(secs => :seconds), :version
              FROM domain_event e
              JOIN person p ON p.id = CAST(e.data #>> '{ticket,requesterId}' AS uuid) AND p.subject IS NOT NULL
             WHERE e.commit_position > :after AND e.commit_position <= :last
               AND e.type = 'ticket.transitioned' AND e.data ->> 'to' = 'RESOLVED'
               AND NOT EXISTS (EARLIER_RESOLUTION)
             ORDER BY e.commit_position
                ON CONFLICT (ticket_id) DO NOTHING""".replace("EARLIER_RESOLUTION", FirstResolution.EARLIER_RESOLUTION);

    private final SurveySettings settings;

    SurveyOffers(SurveySettings settings) {
        this.settings = settings;
    }

    @Override
    public Uni<Void> placed(long afterPosition, long lastPosition) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(OFFER)
                        .setParameter(
                                "seconds", (double) settings.answerWithin().toSeconds())
                        .setParameter("version", SurveyQuestions.CURRENT)
                        .setParameter("after", afterPosition)
                        .setParameter("last", lastPosition)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
