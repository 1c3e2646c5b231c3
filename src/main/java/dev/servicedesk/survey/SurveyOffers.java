package dev.servicedesk.survey;

import dev.servicedesk.event.PlacedEventsListener;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Offers the requester a survey when their ticket is first resolved, from the placed event, in
 * the placing transaction: once per ticket on any number of replicas, and never again when it is
 * reopened and resolved anew. It stays open for {@link SurveySettings#answerWithin()} from the
 * resolution itself.
 */
@ApplicationScoped
class SurveyOffers implements PlacedEventsListener {
    private static final String OFFER = """
            INSERT INTO survey (ticket_id, requester_id, offered_at, expires_at, questions_version)
            SELECT e.subject_id, CAST(e.data #>> '{ticket,requesterId}' AS uuid), e.occurred_at,
                   e.occurred_at + make_interval(secs => :seconds), :version
              FROM domain_event e
             WHERE e.commit_position > :after AND e.commit_position <= :last
               AND e.type = 'ticket.transitioned' AND e.data ->> 'to' = 'RESOLVED'
             ORDER BY e.commit_position
                ON CONFLICT (ticket_id) DO NOTHING""";

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
