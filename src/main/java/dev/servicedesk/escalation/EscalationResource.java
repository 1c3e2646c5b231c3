package dev.servicedesk.escalation;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.escalation.dto.EscalationAcknowledgement;
import dev.servicedesk.escalation.dto.EscalationClosing;
import dev.servicedesk.escalation.dto.EscalationDecline;
import dev.servicedesk.escalation.dto.EscalationHandOver;
import dev.servicedesk.escalation.dto.EscalationWorkItem;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Escalations: the desk's work lists, and each escalation answered by the side it went to. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class EscalationResource {
    private static final List<EscalationStatus> WAITING = List.of(EscalationStatus.OPEN, EscalationStatus.ACKNOWLEDGED);
    private final EscalationService escalations;
    private final EscalationViews views;
    private final CurrentCaller currentCaller;

    EscalationResource(EscalationService escalations, EscalationViews views, CurrentCaller currentCaller) {
        this.escalations = escalations;
        this.views = views;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/escalations")
    public Uni<Page<EscalationWorkItem>> list(
            @QueryParam("status") List<String> status,
            @QueryParam("toQueueId") String toQueueId,
            @QueryParam("toPersonId") String toPersonId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        List<EscalationStatus> statuses = parameters.enumValues("status", status, EscalationStatus.class);
        EscalationFilter filter = new EscalationFilter(
                statuses == null || statuses.isEmpty() ? WAITING : statuses,
                parameters.uuid("toQueueId", toQueueId),
                parameters.uuid("toPersonId", toPersonId),
                parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, EscalationViews.ORDER)));
        parameters.validate();
        return views.workList(currentCaller.get(), filter);
    }

    @GET
    @Path("/escalations/{escalationId}")
    public Uni<Response> get(@PathParam("escalationId") String id) {
        return views.find(currentCaller.get(), id).chain(this::withETag);
    }

    @GET
    @Path("/escalations/{escalationId}/hand-over")
    public Uni<EscalationHandOver> handOver(@PathParam("escalationId") String id) {
        return views.handOver(currentCaller.get(), id);
    }

    @POST
    @Path("/escalations/{escalationId}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> acknowledge(
            @PathParam("escalationId") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EscalationAcknowledgement body) {
        return escalations.acknowledge(currentCaller.get(), id, ifMatch, body).chain(this::withETag);
    }

    @POST
    @Path("/escalations/{escalationId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> decline(
            @PathParam("escalationId") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EscalationDecline body) {
        return escalations.decline(currentCaller.get(), id, ifMatch, body).chain(this::withETag);
    }

    @POST
    @Path("/escalations/{escalationId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> close(
            @PathParam("escalationId") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EscalationClosing body) {
        return escalations.close(currentCaller.get(), id, ifMatch, body).chain(this::withETag);
    }

    private Uni<Response> withETag(EscalationViews.Keyed keyed) {
        return views.show(currentCaller.get(), keyed)
                .map(view -> Response.ok(view)
                        .header(
                                HttpHeaders.ETAG,
                                EntityTag.of(keyed.escalation().version()))
                        .build());
    }
}
