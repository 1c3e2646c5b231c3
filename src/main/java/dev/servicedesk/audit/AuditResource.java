package dev.servicedesk.audit;

import dev.servicedesk.audit.dto.AuditEntryView;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The audit trail, for admins. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {
    /** Newest first; cursors carry the instant of the last entry. */
    static final String ORDER = "-occurredAt";

    private static final int MAX_RESOURCE_ID_LENGTH = 64;

    private final AuditRepository entries;

    AuditResource(AuditRepository entries) {
        this.entries = entries;
    }

    @GET
    @Path("/audit")
    @WithSession
    public Uni<Page<AuditEntryView>> list(
            @QueryParam("resourceType") List<String> resourceTypes,
            @QueryParam("resourceId") String resourceId,
            @QueryParam("actorId") String actorId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        List<AuditResourceType> types = parameters.enumValues("resourceType", resourceTypes, AuditResourceType.class);
        String resource = parameters.text("resourceId", resourceId, MAX_RESOURCE_ID_LENGTH);
        UUID actor = parameters.uuid("actorId", actorId);
        Instant since = parameters.instant("from", from);
        Instant until = parameters.instant("to", to);
        PageRequest page = parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, ORDER));
        parameters.validate();
        AuditFilter filter = new AuditFilter(types, resource, actor, since, until, page);
        return entries.page(filter)
                .map(rows -> Page.of(
                        rows,
                        page,
                        entry -> new PageCursor(ORDER, entry.occurredAt().toString(), entry.id()),
                        AuditEntryView::of));
    }
}
