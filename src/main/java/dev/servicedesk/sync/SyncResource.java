package dev.servicedesk.sync;

import dev.servicedesk.common.FeedCursors;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The changes feed for clients that keep their own copy (mobile apps): see the contract's syncChanges. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class SyncResource {
    private final SyncChanges changes;
    private final CurrentCaller currentCaller;

    SyncResource(SyncChanges changes, CurrentCaller currentCaller) {
        this.changes = changes;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/sync")
    public Uni<Response> list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = parameters.include(() -> PageRequest.parse(limit, cursor, SyncChanges.ORDER));
        Long after = page == null ? null : parameters.include(() -> FeedCursors.after(page));
        parameters.validate();
        UUID issuedFor = page.after().map(PageCursor::lastId).orElse(null);
        return changes.after(currentCaller.get(), after, issuedFor, page.limit(), acceptLanguage)
                .map(feed -> Response.ok(feed)
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                        .build());
    }
}
