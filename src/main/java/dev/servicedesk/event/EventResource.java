package dev.servicedesk.event;

import dev.servicedesk.common.FeedCursors;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.event.dto.DomainEvent;
import dev.servicedesk.event.dto.EventFeed;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Role;
import dev.servicedesk.identity.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The domain events in commit order, for integrations that read rather than receive them. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
public class EventResource {
    static final String ORDER = "position";

    private final EventRepository events;
    private final CurrentCaller currentCaller;

    EventResource(EventRepository events, CurrentCaller currentCaller) {
        this.events = events;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/events")
    @WithSession
    public Uni<EventFeed> list(
            @QueryParam("type") List<String> types,
            @QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") String subjectId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        if (types != null && types.size() > EventType.values().length) {
            parameters.reject("type", "may be given at most " + EventType.values().length + " times");
            types = List.of();
        }
        List<EventType> wanted = types == null
                ? List.of()
                : types.stream()
                        .map(name -> EventType.ofWireName(name).orElseGet(() -> {
                            parameters.reject(
                                    "type", "must be an event type the contract lists, such as ticket.created");
                            return null;
                        }))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        SubjectType subject = subjectType == null || subjectType.isEmpty()
                ? null
                : SubjectType.ofWireName(subjectType).orElseGet(() -> {
                    parameters.reject(
                            "subjectType",
                            "must be one of ticket, article, announcement," + " configuration_item, change");
                    return null;
                });
        UUID subjectUuid = parameters.uuid("subjectId", subjectId);
        PageRequest page = parameters.include(() -> PageRequest.parse(limit, cursor, ORDER));
        Long after = page == null ? null : parameters.include(() -> FeedCursors.after(page));
        parameters.validate();
        boolean withWebhooks = currentCaller.get().has(Role.ADMIN);
        return events.after(new EventFilter(wanted, subject, subjectUuid, withWebhooks, after, page.limit()))
                .map(rows -> feed(rows, page.limit(), after));
    }

    /** The page and where to go on from: past its last event, or where it started when none was new. */
    private static EventFeed feed(List<StoredEvent> rows, int limit, long after) {
        boolean more = rows.size() > limit;
        List<StoredEvent> kept = more ? rows.subList(0, limit) : rows;
        String next = FeedCursors.next(
                ORDER, kept.isEmpty() ? after : kept.get(kept.size() - 1).commitPosition());
        return new EventFeed(kept.stream().map(DomainEvent::of).toList(), next, more);
    }
}
