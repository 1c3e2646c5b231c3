package dev.servicedesk.kb.walk;

import dev.servicedesk.common.Created;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.kb.ArticleTrees;
import dev.servicedesk.kb.walk.dto.NewTreeWalk;
import dev.servicedesk.kb.walk.dto.TreeWalkView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Starting a walk through an article's decision tree: anyone who may read the article. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ArticleWalkResource {
    private final TreeWalks walks;
    private final ArticleTrees trees;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    ArticleWalkResource(
            TreeWalks walks, ArticleTrees trees, IdempotentCreates idempotentCreates, CurrentCaller currentCaller) {
        this.walks = walks;
        this.trees = trees;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/kb/articles/{articleRef}/walks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> start(
            @PathParam("articleRef") String ref,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @NotNull @Valid NewTreeWalk body) {
        Caller caller = currentCaller.get();
        return trees.idOf(caller, ref)
                .chain(articleId -> idempotentCreates.create(
                        idempotencyKey,
                        caller.subject(),
                        "POST /api/v1/kb/articles/" + articleId + "/walks",
                        body,
                        () -> walks.start(caller, ref, acceptLanguage, body)
                                .map(walk -> new Created(
                                        URI.create("/api/v1/kb/walks/" + walk.id()),
                                        EntityTag.of(walk.version()),
                                        TreeWalkView.of(walk)))));
    }
}
