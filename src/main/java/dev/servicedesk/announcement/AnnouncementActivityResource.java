package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementAcknowledgement;
import dev.servicedesk.announcement.dto.AnnouncementFeedback;
import dev.servicedesk.announcement.dto.AnnouncementFeedbackGiven;
import dev.servicedesk.announcement.dto.AnnouncementReach;
import dev.servicedesk.announcement.dto.AnnouncementTicket;
import dev.servicedesk.announcement.dto.NewAnnouncementUpdate;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.Cancellable;

/** What happens around a published announcement: its update log, its readers' feedback and acknowledgements, its reach. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class AnnouncementActivityResource {
    private final AnnouncementUpdates updates;
    private final AnnouncementFeedbackService feedback;
    private final AnnouncementTickets linkedTickets;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    AnnouncementActivityResource(
            AnnouncementUpdates updates,
            AnnouncementFeedbackService feedback,
            AnnouncementTickets linkedTickets,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.updates = updates;
        this.feedback = feedback;
        this.linkedTickets = linkedTickets;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/announcements/{announcementId}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> postUpdate(
            @PathParam("announcementId") String id,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @HeaderParam(AnnouncementResource.ACCEPT_LANGUAGE) String acceptLanguage,
            @NotNull @Valid NewAnnouncementUpdate body) {
        Caller caller = currentCaller.get();
        return idempotentCreates.create(
                idempotencyKey,
                caller.subject(),
                "POST /api/v1/announcements/" + id + "/updates",
                body,
                () -> updates.post(caller, id, body, acceptLanguage)
                        .map(posted ->
                                new Created(URI.create("/api/v1/announcements/" + id + "/updates"), null, posted)));
    }

    @GET
    @Path("/announcements/{announcementId}/updates")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    public Uni<Response> listUpdates(
            @PathParam("announcementId") String id,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @HeaderParam(AnnouncementResource.ACCEPT_LANGUAGE) String acceptLanguage) {
        PageRequest page = PageRequest.parse(limit, cursor, AnnouncementUpdates.ORDER);
        return updates.page(currentCaller.get(), id, page, acceptLanguage)
                .map(log -> Response.ok(log)
                        .header(HttpHeaders.VARY, AnnouncementResource.ACCEPT_LANGUAGE)
                        .build());
    }

    @PUT
    @Path("/announcements/{announcementId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    public Uni<AnnouncementFeedbackGiven> giveFeedback(
            @PathParam("announcementId") String id, @NotNull @Valid AnnouncementFeedback body) {
        return feedback.give(currentCaller.get(), id, body);
    }

    @GET
    @Path("/announcements/{announcementId}/feedback")
    public Uni<Page<AnnouncementFeedbackGiven>> listFeedback(
            @PathParam("announcementId") String id,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parseTimeOrdered(limit, cursor, AnnouncementFeedbackService.ORDER);
        return feedback.page(currentCaller.get(), id, page);
    }

    @PUT
    @Path("/announcements/{announcementId}/acknowledgement")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Uni<AnnouncementAcknowledgement> acknowledge(@PathParam("announcementId") String id) {
        return feedback.acknowledge(currentCaller.get(), id);
    }

    @GET
    @Path("/announcements/{announcementId}/tickets")
    public Uni<Page<AnnouncementTicket>> listTickets(
            @PathParam("announcementId") String id,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parseTimeOrdered(limit, cursor, AnnouncementTickets.ORDER);
        return linkedTickets.page(currentCaller.get(), id, page);
    }

    @PUT
    @Path("/announcements/{announcementId}/tickets/{ticketRef}")
    public Uni<AnnouncementTicket> linkTicket(
            @PathParam("announcementId") String id, @PathParam("ticketRef") String ticketRef) {
        return linkedTickets.link(currentCaller.get(), id, ticketRef);
    }

    @DELETE
    @Path("/announcements/{announcementId}/tickets/{ticketRef}")
    public Uni<Response> unlinkTicket(
            @PathParam("announcementId") String id, @PathParam("ticketRef") String ticketRef) {
        return linkedTickets
                .unlink(currentCaller.get(), id, ticketRef)
                .replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/announcements/{announcementId}/reach")
    public Uni<AnnouncementReach> reach(@PathParam("announcementId") String id) {
        return feedback.reach(currentCaller.get(), id);
    }
}
