package dev.servicedesk.kb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.kb.dto.ArticleArchival;
import dev.servicedesk.kb.dto.ArticleRejection;
import dev.servicedesk.kb.dto.ArticleTranslation;
import dev.servicedesk.kb.dto.LanguageChoice;
import dev.servicedesk.kb.dto.NewArticle;
import dev.servicedesk.ticket.Category;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Knowledge base articles: the desk writes and reviews them, everyone reads what they may. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ArticleResource {
    private static final String CREATE = "POST /api/v1/kb/articles";
    private static final String ACCEPT_LANGUAGE = "Accept-Language";

    private final ArticleService writer;
    private final ArticleReviews reviews;
    private final ArticleViews views;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;
    private final Clock clock;

    ArticleResource(
            ArticleService writer,
            ArticleReviews reviews,
            ArticleViews views,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller,
            Clock clock) {
        this.writer = writer;
        this.reviews = reviews;
        this.views = views;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
        this.clock = clock;
    }

    @POST
    @Path("/kb/articles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @NotNull @Valid NewArticle body) {
        Caller caller = currentCaller.get();
        return idempotentCreates.create(
                idempotencyKey,
                caller.subject(),
                CREATE,
                body,
                () -> writer.create(caller, body)
                        .chain(written -> views.show(caller, written.article(), written.language()))
                        .map(shown -> new Created(
                                URI.create("/api/v1/kb/articles/" + shown.view().id()), shown.etag(), shown.view())));
    }

    @GET
    @Path("/kb/articles")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    public Uni<Response> list(
            @HeaderParam(ACCEPT_LANGUAGE) String acceptLanguage,
            @QueryParam("status") List<String> status,
            @QueryParam("type") List<String> type,
            @QueryParam("category") String category,
            @QueryParam("tag") String tag,
            @QueryParam("visibility") String visibility,
            @QueryParam("reviewDue") String reviewDue,
            @QueryParam("missingTranslation") String missingTranslation,
            @QueryParam("outdatedTranslation") String outdatedTranslation,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller caller = currentCaller.get();
        QueryParameters parameters = new QueryParameters();
        ArticleFilter filter = new ArticleFilter(
                !ArticleActionRules.isDesk(caller.roles()),
                parameters.enumValues("status", status, ArticleStatus.class),
                parameters.enumValues("type", type, ArticleType.class),
                parameters.enumValue("category", category, Category.class),
                parameters.text("tag", tag, 50),
                parameters.enumValue("visibility", visibility, ArticleVisibility.class),
                Boolean.TRUE.equals(parameters.bool("reviewDue", reviewDue)) ? LocalDate.now(clock) : null,
                language(parameters, "missingTranslation", missingTranslation),
                language(parameters, "outdatedTranslation", outdatedTranslation),
                parameters.include(() -> PageRequest.parse(limit, cursor, ArticleViews.ORDER)));
        if (filter.readersOnly()) {
            deskOnly(parameters, "status", status == null || status.isEmpty() ? null : "given");
            deskOnly(parameters, "visibility", visibility);
            deskOnly(parameters, "reviewDue", reviewDue);
            deskOnly(parameters, "missingTranslation", missingTranslation);
            deskOnly(parameters, "outdatedTranslation", outdatedTranslation);
        }
        KbCursors.require(parameters, filter.page(), KbCursors.NUMBER);
        parameters.validate();
        return views.list(caller, filter, acceptLanguage)
                .map(page -> Response.ok(page)
                        .header(HttpHeaders.VARY, ACCEPT_LANGUAGE)
                        .build());
    }

    @GET
    @Path("/kb/articles/{articleRef}")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    public Uni<Response> get(@PathParam("articleRef") String ref, @HeaderParam(ACCEPT_LANGUAGE) String acceptLanguage) {
        return views.get(currentCaller.get(), ref, acceptLanguage).map(ArticleResource::read);
    }

    @PATCH
    @Path("/kb/articles/{articleRef}")
    @Consumes("application/merge-patch+json")
    public Uni<Response> update(
            @PathParam("articleRef") String ref,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode body) {
        Caller caller = currentCaller.get();
        return shown(writer.edit(caller, ref, ifMatch, body), caller);
    }

    @PUT
    @Path("/kb/articles/{articleRef}/translations/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> translate(
            @PathParam("articleRef") String ref,
            @PathParam("language") String language,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ArticleTranslation body) {
        Caller caller = currentCaller.get();
        return shown(writer.translate(caller, ref, language, ifMatch, body), caller);
    }

    @POST
    @Path("/kb/articles/{articleRef}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(
            @PathParam("articleRef") String ref,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LanguageChoice body) {
        Caller caller = currentCaller.get();
        return shown(reviews.submit(caller, ref, body.language(), ifMatch), caller);
    }

    @POST
    @Path("/kb/articles/{articleRef}/approve")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> approve(
            @PathParam("articleRef") String ref,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LanguageChoice body) {
        Caller caller = currentCaller.get();
        return shown(reviews.approve(caller, ref, body.language(), ifMatch), caller);
    }

    @POST
    @Path("/kb/articles/{articleRef}/reject")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> reject(
            @PathParam("articleRef") String ref,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ArticleRejection body) {
        Caller caller = currentCaller.get();
        return shown(reviews.reject(caller, ref, body.language(), body.reason(), ifMatch), caller);
    }

    @POST
    @Path("/kb/articles/{articleRef}/archive")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> archive(
            @PathParam("articleRef") String ref,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ArticleArchival body) {
        Caller caller = currentCaller.get();
        return shown(reviews.archive(caller, ref, body.reason(), ifMatch), caller);
    }

    /** Filters on what only the desk sees (drafts, reviews, translations under way) are refused to readers. */
    private static void deskOnly(QueryParameters parameters, String name, String raw) {
        if (raw != null && !raw.isEmpty()) {
            parameters.reject(name, "is for the desk only");
        }
    }

    private static String language(QueryParameters parameters, String name, String raw) {
        return raw == null || raw.isEmpty() ? null : parameters.include(() -> LanguageTags.canonical(name, raw));
    }

    private Uni<Response> shown(Uni<Written> write, Caller caller) {
        return write.chain(written -> views.show(caller, written.article(), written.language()))
                .map(ArticleResource::written);
    }

    /** An article read, in the language {@code Accept-Language} chose. */
    static Response read(ArticleViews.Shown shown) {
        return Response.fromResponse(written(shown))
                .header(HttpHeaders.VARY, ACCEPT_LANGUAGE)
                .build();
    }

    /** An article just written, in the language written in. */
    static Response written(ArticleViews.Shown shown) {
        return Response.ok(shown.view())
                .header(HttpHeaders.ETAG, shown.etag())
                .header(HttpHeaders.CONTENT_LANGUAGE, shown.language())
                .build();
    }
}
