package dev.servicedesk.survey;

import dev.servicedesk.common.Created;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.survey.dto.NewSurveyAnswer;
import dev.servicedesk.survey.dto.SurveyView;
import dev.servicedesk.ticket.TicketService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.Cancellable;

/** A ticket's satisfaction survey. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class SurveyResource {
    private final SurveyService surveys;
    private final TicketService tickets;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    SurveyResource(
            SurveyService surveys,
            TicketService tickets,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.surveys = surveys;
        this.tickets = tickets;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/tickets/{ticketRef}/survey")
    public Uni<SurveyView> get(@PathParam("ticketRef") String ticketRef) {
        return surveys.find(currentCaller.get(), ticketRef);
    }

    @POST
    @Path("/tickets/{ticketRef}/survey/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> answer(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull NewSurveyAnswer answer) {
        Caller caller = currentCaller.get();
        // The key is scoped to the ticket itself, however the caller names it (id, INC-5, inc-5).
        return tickets.find(caller, ticketRef)
                .chain(ticket -> idempotentCreates.create(
                        idempotencyKey,
                        caller.subject(),
                        "POST /api/v1/tickets/" + ticket.id() + "/survey/answer",
                        answer,
                        () -> surveys.answer(caller, ticket.id().toString(), answer)
                                .map(answered -> new Created(
                                        URI.create("/api/v1/tickets/" + answered.ticketId() + "/survey"),
                                        null,
                                        answered))));
    }
}
