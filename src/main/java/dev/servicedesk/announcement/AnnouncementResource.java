package dev.servicedesk.announcement;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.announcement.dto.AnnouncementReview;
import dev.servicedesk.announcement.dto.AnnouncementTransition;
import dev.servicedesk.announcement.dto.NewAnnouncement;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
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
import jakarta.ws.rs.PATCH;
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
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Announcements: written, approved and published by the desk, read by whoever they are for. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class AnnouncementResource {
    static final String ACCEPT_LANGUAGE = "Accept-Language";
    private static final String CREATE = "POST /api/v1/announcements";

    private final AnnouncementService announcements;
    private final AnnouncementWriting writing;
    private final AnnouncementTransitions transitions;
    private final AnnouncementViews views;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    AnnouncementResource(
            AnnouncementService announcements,
            AnnouncementWriting writing,
            AnnouncementTransitions transitions,
            AnnouncementViews views,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.announcements = announcements;
        this.writing = writing;
        this.transitions = transitions;
        this.views = views;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @NotNull @Valid NewAnnouncement body) {
        Caller caller = currentCaller.get();
        return idempotentCreates
                .create(
                        idempotencyKey,
                        caller.subject(),
                        CREATE,
                        body,
                        () -> announcements
                                .create(caller, body)
                                .chain(this::shown)
                                .map(shown -> new Created(
                                        URI.create("/api/v1/announcements/"
                                                + shown.view().id()),
                                        shown.etag(),
                                        shown.view())))
                .map(response -> response.getStatus() == 201
                        ? Response.fromResponse(response)
                                .header(
                                        HttpHeaders.CONTENT_LANGUAGE,
                                        LanguageTags.canonical("language", body.language()))
                                .build()
                        : response);
    }

    @GET
    @Path("/announcements")
    public Uni<Response> list(
            @QueryParam("status") List<String> status,
            @QueryParam("type") List<String> type,
            @QueryParam("phase") List<String> phase,
            @QueryParam("ciId") String ciId,
            @QueryParam("updateOverdue") String updateOverdue,
            @QueryParam("reviewDue") String reviewDue,
            @QueryParam("q") String q,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @HeaderParam(ACCEPT_LANGUAGE) String acceptLanguage) {
        QueryParameters parameters = new QueryParameters();
        AnnouncementFilter filter = new AnnouncementFilter(
                parameters.enumValues("status", status, AnnouncementStatus.class),
                parameters.enumValues("type", type, AnnouncementType.class),
                parameters.enumValues("phase", phase, AnnouncementPhase.class),
                parameters.uuid("ciId", ciId),
                parameters.bool("updateOverdue", updateOverdue),
                parameters.bool("reviewDue", reviewDue),
                parameters.text("q", q, 200),
                parameters.instant("from", from),
                parameters.instant("to", to),
                parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, AnnouncementService.ORDER)));
        parameters.validate();
        return announcements.page(filter, acceptLanguage).map(AnnouncementResource::varied);
    }

    @GET
    @Path("/announcements/active")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    public Uni<Response> active(
            @QueryParam("ciId") List<String> ciIds,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @HeaderParam(ACCEPT_LANGUAGE) String acceptLanguage) {
        QueryParameters parameters = new QueryParameters();
        List<UUID> items = parameters.uuids("ciId", ciIds, AffectedItems.MOST);
        PageRequest page = parameters.include(() -> PageRequest.parse(limit, cursor, ActivePosition.SORT));
        parameters.validate();
        return announcements
                .active(currentCaller.get(), items, page, acceptLanguage)
                .map(AnnouncementResource::varied);
    }

    @GET
    @Path("/announcements/{announcementId}")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    public Uni<Response> get(
            @PathParam("announcementId") String id, @HeaderParam(ACCEPT_LANGUAGE) String acceptLanguage) {
        return announcements
                .read(currentCaller.get(), id, acceptLanguage)
                .map(shown -> Response.fromResponse(respond(shown))
                        .header(HttpHeaders.VARY, ACCEPT_LANGUAGE)
                        .build());
    }

    @PATCH
    @Path("/announcements/{announcementId}")
    @Consumes("application/merge-patch+json")
    public Uni<Response> update(
            @PathParam("announcementId") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(ACCEPT_LANGUAGE) String acceptLanguage,
            @NotNull JsonNode body) {
        return writing.revise(currentCaller.get(), id, ifMatch, body, acceptLanguage)
                .chain(this::shown)
                .map(AnnouncementResource::respond);
    }

    @PUT
    @Path("/announcements/{announcementId}/texts/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> writeText(
            @PathParam("announcementId") String id,
            @PathParam("language") String language,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AnnouncementText body) {
        return writing.writeText(currentCaller.get(), id, language, ifMatch, body)
                .chain(this::shown)
                .map(AnnouncementResource::respond);
    }

    @DELETE
    @Path("/announcements/{announcementId}/texts/{language}")
    public Uni<Response> removeText(
            @PathParam("announcementId") String id,
            @PathParam("language") String language,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return writing.removeText(currentCaller.get(), id, language, ifMatch)
                .map(removed -> Response.noContent()
                        .header(HttpHeaders.ETAG, EntityTag.of(removed.version(), "desk"))
                        .build());
    }

    @POST
    @Path("/announcements/{announcementId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> move(
            @PathParam("announcementId") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(ACCEPT_LANGUAGE) String acceptLanguage,
            @NotNull @Valid AnnouncementTransition body) {
        return transitions
                .move(currentCaller.get(), id, ifMatch, body, acceptLanguage)
                .chain(this::shown)
                .map(AnnouncementResource::respond);
    }

    @PUT
    @Path("/announcements/{announcementId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> review(
            @PathParam("announcementId") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(ACCEPT_LANGUAGE) String acceptLanguage,
            @NotNull @Valid AnnouncementReview body) {
        return writing.review(currentCaller.get(), id, ifMatch, body.findings(), acceptLanguage)
                .chain(this::shown)
                .map(AnnouncementResource::respond);
    }

    private Uni<AnnouncementViews.Shown> shown(Written written) {
        return views.show(written.viewer(), written.announcement(), written.language());
    }

    private static Response respond(AnnouncementViews.Shown shown) {
        return Response.ok(shown.view())
                .header(HttpHeaders.ETAG, shown.etag())
                .header(HttpHeaders.CONTENT_LANGUAGE, shown.language())
                .build();
    }

    private static <T> Response varied(Page<T> page) {
        return Response.ok(page).header(HttpHeaders.VARY, ACCEPT_LANGUAGE).build();
    }
}
