package dev.servicedesk.cmdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.servicedesk.cmdb.dto.CiRelationshipView;
import dev.servicedesk.cmdb.dto.CiSummary;
import dev.servicedesk.cmdb.dto.FieldChange;
import dev.servicedesk.cmdb.dto.NewCiRelationship;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Relationships between configuration items: the admin adds and removes them, each kept in both items' history. */
@ApplicationScoped
public class CiRelationships {
    /** Newest first; the cursors carry the instant of the last one. */
    static final String ORDER = "-createdAt";

    private final CiRelationshipRepository relationships;
    private final CiRepository items;
    private final CiHistoryWriter history;
    private final CiService service;
    private final Clock clock;

    CiRelationships(
            CiRelationshipRepository relationships,
            CiRepository items,
            CiHistoryWriter history,
            CiService service,
            Clock clock) {
        this.relationships = relationships;
        this.items = items;
        this.history = history;
        this.service = service;
        this.clock = clock;
    }

    /** A relationship, or null. */
    @WithSession
    public Uni<CiRelationship> find(UUID relationshipId) {
        return relationships.findById(relationshipId);
    }

    /** Relates two items, recorded in both items' history (under {@code changeId}, null for an admin's own edit). */
    @WithTransaction
    public Uni<CiRelationshipView> relate(CiViewer viewer, UUID sourceId, NewCiRelationship request, UUID changeId) {
        String group = request.redundancyGroup() == null
                ? null
                : request.redundancyGroup().strip().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (group != null && group.isEmpty()) {
            errors.add(new FieldError("redundancyGroup", "must not be blank"));
        } else if (group != null && !request.type().toProvider()) {
            errors.add(new FieldError(
                    "redundancyGroup",
                    "is only for DEPENDS_ON, RUNS_ON and USES: providers that stand in for each other"));
        }
        if (request.targetId().equals(sourceId)) {
            errors.add(new FieldError("targetId", "must be another item than the source"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return service.find(viewer, sourceId)
                .chain(source -> items.findById(request.targetId()).chain(target -> {
                    if (target == null) {
                        throw ProblemException.invalid("targetId", "is not a known configuration item");
                    }
                    if (source.status() == CiStatus.RETIRED || target.status() == CiStatus.RETIRED) {
                        throw new ProblemException(ProblemType.CONFLICT, "A retired item takes no new relationships.");
                    }
                    return relationships
                            .exists(sourceId, request.type(), target.id())
                            .invoke(exists -> {
                                if (exists) {
                                    throw new ProblemException(
                                            ProblemType.CONFLICT,
                                            "\"" + source.name() + "\" already "
                                                    + request.type().label(CiRelationshipDirection.OUTGOING) + " \""
                                                    + target.name() + "\".");
                                }
                            })
                            .chain(() -> group == null
                                    ? Uni.createFrom().item(List.<CiRelationshipType>of())
                                    : relationships.groupTypes(sourceId, group))
                            .chain(groupTypes -> {
                                if (groupTypes.stream().anyMatch(type -> type != request.type())) {
                                    throw ProblemException.invalid(
                                            "redundancyGroup",
                                            "holds " + groupTypes.get(0)
                                                    + " providers of this item: a group is of one type");
                                }
                                Instant now = clock.instant();
                                CiRelationship relationship = new CiRelationship(
                                        Ids.newId(),
                                        sourceId,
                                        target.id(),
                                        request.type(),
                                        group,
                                        now,
                                        viewer.person());
                                return relationships
                                        .persist(relationship)
                                        .call(() -> recorded(
                                                relationship, CiHistoryAction.RELATED, viewer.person(), changeId, now))
                                        .map(saved -> view(saved, sourceId, target));
                            });
                }));
    }

    @WithSession
    public Uni<Page<CiRelationshipView>> page(
            CiViewer viewer,
            UUID item,
            List<CiRelationshipType> types,
            CiRelationshipDirection direction,
            PageRequest page) {
        return service.find(viewer, item)
                .chain(found -> relationships.page(item, types, direction, page))
                .chain(rows -> others(rows, item)
                        .map(others -> Page.of(
                                rows,
                                page,
                                relationship -> new PageCursor(
                                        ORDER, relationship.createdAt().toString(), relationship.id()),
                                relationship -> view(relationship, item, others.get(relationship.otherThan(item))))));
    }

    /** Removes a relationship of {@code item}, recorded as {@link #relate} records; answers what it was. */
    @WithTransaction
    public Uni<CiRelationship> unrelate(CiViewer viewer, UUID item, UUID relationshipId, UUID changeId) {
        return service.find(viewer, item)
                .chain(found -> relationships.findById(relationshipId, LockModeType.PESSIMISTIC_WRITE))
                .chain(relationship -> {
                    if (relationship == null
                            || !(relationship.sourceId().equals(item)
                                    || relationship.targetId().equals(item))) {
                        throw new NotFoundProblem("relationship", relationshipId);
                    }
                    return relationships
                            .delete(relationship)
                            .call(() -> recorded(
                                    relationship,
                                    CiHistoryAction.UNRELATED,
                                    viewer.person(),
                                    changeId,
                                    clock.instant()))
                            .replaceWith(relationship);
                });
    }

    /** The change in both items' history: the relationship as the new value, or as the old one when removed. */
    private Uni<Void> recorded(
            CiRelationship relationship, CiHistoryAction action, UUID actor, UUID changeId, Instant at) {
        JsonNode value = JsonNodeFactory.instance
                .objectNode()
                .put("id", relationship.id().toString())
                .put("type", relationship.type().name())
                .put("sourceId", relationship.sourceId().toString())
                .put("targetId", relationship.targetId().toString())
                .put("redundancyGroup", relationship.redundancyGroup());
        List<FieldChange> changes = List.of(
                action == CiHistoryAction.RELATED
                        ? new FieldChange("relationships", NullNode.instance, value)
                        : new FieldChange("relationships", value, NullNode.instance));
        return history.keep(
                new CiHistoryEntry(Ids.newId(), relationship.sourceId(), at, actor, changeId, action, changes),
                new CiHistoryEntry(Ids.newId(), relationship.targetId(), at, actor, changeId, action, changes));
    }

    private Uni<Map<UUID, ConfigurationItem>> others(List<CiRelationship> rows, UUID item) {
        List<UUID> ids = rows.stream()
                .map(relationship -> relationship.otherThan(item))
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return items.list("id in ?1", ids)
                .map(found -> found.stream().collect(Collectors.toMap(ConfigurationItem::id, Function.identity())));
    }

    private static CiRelationshipView view(CiRelationship relationship, UUID from, ConfigurationItem other) {
        CiRelationshipDirection direction = relationship.directionFrom(from);
        return new CiRelationshipView(
                relationship.id(),
                relationship.type(),
                direction,
                relationship.type().label(direction),
                relationship.redundancyGroup(),
                CiSummary.of(other),
                relationship.createdAt());
    }
}
