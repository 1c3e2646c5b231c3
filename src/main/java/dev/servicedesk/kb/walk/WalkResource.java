package dev.servicedesk.kb.walk;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.PersonFilter;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.kb.walk.dto.TreeWalkAnswer;
import dev.servicedesk.kb.walk.dto.TreeWalkEnd;
import dev.servicedesk.kb.walk.dto.TreeWalkView;
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
import org.jboss.resteasy.reactive.server.Cancellable;

/** Walks: read by the desk or their walker, answered and ended by their walker. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class WalkResource {
    private final TreeWalks walks;
    private final CurrentCaller currentCaller;

    WalkResource(TreeWalks walks, CurrentCaller currentCaller) {
        this.walks = walks;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/kb/walks")
    public Uni<Page<TreeWalkView>> list(
            @QueryParam("ticketRef") String ticketRef,
            @QueryParam("articleRef") String articleRef,
            @QueryParam("open") String open,
            @QueryParam("walkerId") String walkerId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller caller = currentCaller.get();
        QueryParameters parameters = new QueryParameters();
        if (!caller.isStaff() && walkerId != null) {
            parameters.reject("walkerId", "is for the desk only");
        }
        WalkFilter filter = new WalkFilter(
                parameters.text("ticketRef", ticketRef, 64),
                parameters.text("articleRef", articleRef, 64),
                parameters.bool("open", open),
                PersonFilter.parse(parameters, "walkerId", walkerId),
                parameters.include(() -> PageRequest.parse(limit, cursor, WalkFilter.ORDER)));
        parameters.validate();
        return walks.list(caller, filter);
    }

    @GET
    @Path("/kb/walks/{walkId}")
    public Uni<Response> get(@PathParam("walkId") String ref) {
        return walks.find(currentCaller.get(), ref).map(WalkResource::shown);
    }

    @POST
    @Path("/kb/walks/{walkId}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> answer(
            @PathParam("walkId") String ref,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TreeWalkAnswer body) {
        return walks.answer(currentCaller.get(), ref, ifMatch, body).map(WalkResource::shown);
    }

    @POST
    @Path("/kb/walks/{walkId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> end(
            @PathParam("walkId") String ref,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TreeWalkEnd body) {
        return walks.end(currentCaller.get(), ref, ifMatch, body).map(WalkResource::shown);
    }

    private static Response shown(Walk walk) {
        return Response.ok(TreeWalkView.of(walk))
                .header(HttpHeaders.ETAG, EntityTag.of(walk.version()))
                .build();
    }
}
