package dev.servicedesk.kb;

import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.kb.dto.ArticleFeedback;
import dev.servicedesk.kb.dto.ArticleVote;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Readers' votes on an article: anyone who reads it votes; the desk reads the votes. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ArticleFeedbackResource {
    private final ArticleVotes votes;
    private final CurrentCaller currentCaller;

    ArticleFeedbackResource(ArticleVotes votes, CurrentCaller currentCaller) {
        this.votes = votes;
        this.currentCaller = currentCaller;
    }

    @PUT
    @Path("/kb/articles/{articleRef}/feedback")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ArticleVote> vote(@PathParam("articleRef") String ref, @NotNull @Valid ArticleFeedback body) {
        return votes.vote(currentCaller.get(), ref, body);
    }

    @GET
    @Path("/kb/articles/{articleRef}/feedback")
    public Uni<Page<ArticleVote>> list(
            @PathParam("articleRef") String ref,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, ArticleVotes.ORDER));
        parameters.validate();
        return votes.page(ref, page);
    }
}
