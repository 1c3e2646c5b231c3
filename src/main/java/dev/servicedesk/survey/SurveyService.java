package dev.servicedesk.survey;

import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.survey.dto.NewSurveyAnswer;
import dev.servicedesk.survey.dto.SurveyAnswer;
import dev.servicedesk.survey.dto.SurveyView;
import dev.servicedesk.ticket.TicketService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A ticket's satisfaction survey: read by whoever may see the ticket, answered once by its requester. */
@ApplicationScoped
public class SurveyService {
    private final SurveyRepository surveys;
    private final TicketService tickets;
    private final Clock clock;

    SurveyService(SurveyRepository surveys, TicketService tickets, Clock clock) {
        this.surveys = surveys;
        this.tickets = tickets;
        this.clock = clock;
    }

    @WithSession
    public Uni<SurveyView> find(Caller caller, String ticketRef) {
        return tickets.find(caller, ticketRef)
                .chain(ticket -> surveys.findById(ticket.id()))
                .map(survey -> view(offered(survey, ticketRef), clock.instant()));
    }

    /**
     * The one answer of the person the survey was offered to, whatever their roles; the survey row
     * stays locked until it is recorded, so two answers at once cannot both be taken.
     */
    @WithTransaction
    public Uni<SurveyView> answer(Caller caller, String ticketRef, NewSurveyAnswer answer) {
        return tickets.find(caller, ticketRef)
                .chain(ticket -> surveys.findById(ticket.id(), LockModeType.PESSIMISTIC_WRITE)
                        .map(survey -> offered(survey, ticketRef))
                        .call(survey -> tickets.actionOn(caller, ticket)
                                .invoke(action ->
                                        requireOfferedTo(survey, action.actor().id()))))
                .map(survey -> {
                    Instant now = clock.instant();
                    survey.answer(answer, now);
                    return view(survey, now);
                });
    }

    private static void requireOfferedTo(Survey survey, UUID person) {
        if (!survey.offeredTo(person)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the ticket's requester answers its survey.");
        }
    }

    private static Survey offered(Survey survey, String ticketRef) {
        if (survey == null) {
            throw new NotFoundProblem("survey of ticket", ticketRef);
        }
        return survey;
    }

    static SurveyView view(Survey survey, Instant now) {
        return new SurveyView(
                survey.ticketId(),
                survey.status(now),
                survey.offeredAt(),
                survey.expiresAt(),
                survey.questionsVersion(),
                SurveyQuestions.of(survey.questionsVersion()),
                SurveyAnswer.of(survey));
    }
}
