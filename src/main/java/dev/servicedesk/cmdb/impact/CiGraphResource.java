package dev.servicedesk.cmdb.impact;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Impact analysis of a configuration item, for the desk: what fails with it, and what it needs. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class CiGraphResource {
    private static final int DEFAULT_DEPTH = 3;
    private static final int MAX_DEPTH = 10;

    private final ImpactAnalysis analysis;

    CiGraphResource(ImpactAnalysis analysis) {
        this.analysis = analysis;
    }

    @GET
    @Path("/cis/{ciId}/impact")
    public Uni<CiImpactView> impact(@PathParam("ciId") String ciId, @QueryParam("depth") String depth) {
        int steps = depth(depth);
        return analysis.impact(id(ciId), steps);
    }

    @GET
    @Path("/cis/{ciId}/dependencies")
    public Uni<CiDependenciesView> dependencies(@PathParam("ciId") String ciId, @QueryParam("depth") String depth) {
        int steps = depth(depth);
        return analysis.dependencies(id(ciId), steps);
    }

    private static int depth(String raw) {
        QueryParameters parameters = new QueryParameters();
        Integer depth = parameters.integer("depth", raw, 1, MAX_DEPTH);
        parameters.validate();
        return Objects.requireNonNullElse(depth, DEFAULT_DEPTH);
    }

    private static UUID id(String raw) {
        return Ids.parse(raw).orElseThrow(() -> new NotFoundProblem("configuration item", raw));
    }
}
