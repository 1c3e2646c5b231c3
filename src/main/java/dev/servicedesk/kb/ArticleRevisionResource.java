package dev.servicedesk.kb;

import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.kb.dto.ArticleEventView;
import dev.servicedesk.kb.dto.RevisionDiff;
import dev.servicedesk.kb.dto.RevisionSummary;
import dev.servicedesk.kb.dto.RevisionView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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

/** An article's revisions, the differences between them, restoring one, and its history: the desk's. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ArticleRevisionResource {
    private static final int MAX_REVISION = Integer.MAX_VALUE;

    private final ArticleViews views;
    private final ArticleService writer;
    private final CurrentCaller currentCaller;

    ArticleRevisionResource(ArticleViews views, ArticleService writer, CurrentCaller currentCaller) {
        this.views = views;
        this.writer = writer;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/kb/articles/{articleRef}/revisions")
    public Uni<Page<RevisionSummary>> list(
            @PathParam("articleRef") String ref,
            @QueryParam("language") String language,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        String canonical = language == null || language.isEmpty()
                ? null
                : parameters.include(() -> LanguageTags.canonical("language", language));
        PageRequest page = parameters.include(() -> PageRequest.parse(limit, cursor, ArticleViews.REVISION_ORDER));
        KbCursors.require(parameters, page, KbCursors.REVISION);
        parameters.validate();
        return views.revisions(ref, canonical, page);
    }

    @GET
    @Path("/kb/articles/{articleRef}/revisions/{revision}")
    public Uni<RevisionView> get(@PathParam("articleRef") String ref, @PathParam("revision") String revision) {
        return views.revision(ref, number(revision));
    }

    @POST
    @Path("/kb/articles/{articleRef}/revisions/{revision}/restore")
    public Uni<Response> restore(
            @PathParam("articleRef") String ref,
            @PathParam("revision") String revision,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Caller caller = currentCaller.get();
        return writer.restore(caller, ref, number(revision), ifMatch)
                .chain(written -> views.show(caller, written.article(), written.language()))
                .map(ArticleResource::written);
    }

    @GET
    @Path("/kb/articles/{articleRef}/diff")
    public Uni<RevisionDiff> diff(
            @PathParam("articleRef") String ref, @QueryParam("from") String from, @QueryParam("to") String to) {
        QueryParameters parameters = new QueryParameters();
        Integer a = parameters.integer("from", from, 1, MAX_REVISION);
        Integer b = parameters.integer("to", to, 1, MAX_REVISION);
        if (from == null || from.isEmpty()) {
            parameters.reject("from", "is required");
        }
        if (to == null || to.isEmpty()) {
            parameters.reject("to", "is required");
        }
        parameters.validate();
        return views.diff(ref, a, b);
    }

    @GET
    @Path("/kb/articles/{articleRef}/history")
    public Uni<Page<ArticleEventView>> history(
            @PathParam("articleRef") String ref,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = parameters.include(() -> PageRequest.parse(limit, cursor, ArticleViews.HISTORY_ORDER));
        parameters.validate();
        return views.history(ref, page);
    }

    /** A revision number from the path; anything else names no revision (404). */
    private static int number(String raw) {
        try {
            int number = Integer.parseInt(raw);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the 404
        }
        throw new NotFoundProblem("revision", raw);
    }
}
