package dev.servicedesk.announcement;

import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

/** What a ticket may be about: the announcements it is linked to and those running on its items. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class TicketAnnouncementResource {
    private final AnnouncementTickets linkedTickets;
    private final CurrentCaller currentCaller;

    TicketAnnouncementResource(AnnouncementTickets linkedTickets, CurrentCaller currentCaller) {
        this.linkedTickets = linkedTickets;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/tickets/{ticketRef}/announcements")
    public Uni<Response> list(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam(AnnouncementResource.ACCEPT_LANGUAGE) String acceptLanguage) {
        return linkedTickets
                .onTicket(currentCaller.get(), ticketRef, acceptLanguage)
                .map(list -> Response.ok(list)
                        .header(HttpHeaders.VARY, AnnouncementResource.ACCEPT_LANGUAGE)
                        .build());
    }
}
