package dev.servicedesk.kb.walk;

import dev.servicedesk.identity.Roles;
import dev.servicedesk.kb.walk.dto.TreeWalkStats;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/** For the desk: where the walks of an article's decision tree go. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class WalkStatsResource {
    private final WalkStats stats;

    WalkStatsResource(WalkStats stats) {
        this.stats = stats;
    }

    @GET
    @Path("/kb/articles/{articleRef}/walk-stats")
    public Uni<TreeWalkStats> get(@PathParam("articleRef") String ref) {
        return stats.of(ref);
    }
}
