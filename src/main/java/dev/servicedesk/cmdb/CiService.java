package dev.servicedesk.cmdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.cmdb.dto.CiHistoryView;
import dev.servicedesk.cmdb.dto.CiView;
import dev.servicedesk.cmdb.dto.FieldChange;
import dev.servicedesk.cmdb.dto.NewCi;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.common.RecordPatches;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.Role;
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
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Configuration items: the admin records and changes them, every change kept in their history. */
@ApplicationScoped
public class CiService {
    /** The history is newest first; its cursors carry the instant of the last entry. */
    static final String HISTORY_ORDER = "-at";

    private final CiRepository items;
    private final CiHistoryRepository history;
    private final CiHistoryWriter historyWriter;
    private final CiTypes types;
    private final AttributeSchemas schemas;
    private final PersonService people;
    private final RecordPatches patches;
    private final Clock clock;

    CiService(
            CiRepository items,
            CiHistoryRepository history,
            CiHistoryWriter historyWriter,
            CiTypes types,
            AttributeSchemas schemas,
            PersonService people,
            RecordPatches patches,
            Clock clock) {
        this.items = items;
        this.history = history;
        this.historyWriter = historyWriter;
        this.types = types;
        this.schemas = schemas;
        this.people = people;
        this.patches = patches;
        this.clock = clock;
    }

    /** Who the caller is, to show them the items they may see and what they may do with them. */
    public Uni<CiViewer> viewer(Caller caller) {
        return people.sync(caller).map(person -> new CiViewer(person.id(), caller.isStaff(), caller.has(Role.ADMIN)));
    }

    @WithTransaction
    public Uni<ConfigurationItem> create(CiViewer viewer, NewCi request) {
        CiDetails details = new CiDetails(
                        request.name(),
                        request.assetTag(),
                        request.type(),
                        Objects.requireNonNullElse(request.status(), CiStatus.IN_USE),
                        request.environment(),
                        Objects.requireNonNullElse(request.criticality(), CiCriticality.MEDIUM),
                        request.ownerId(),
                        request.location(),
                        request.description(),
                        request.attributes() == null
                                ? JsonNodeFactory.instance.objectNode()
                                : JsonChecks.withoutNullMembers(request.attributes()))
                .stripped();
        Instant now = clock.instant();
        ConfigurationItem item = ConfigurationItem.create(Ids.newId(), details, now);
        return check(details, item.id())
                .chain(() -> items.persist(item))
                .call(created -> historyWriter.keep(new CiHistoryEntry(
                        Ids.newId(),
                        created.id(),
                        now,
                        viewer.person(),
                        null,
                        CiHistoryAction.CREATED,
                        CiChanges.of(details))));
    }

    /** The item, if the viewer may see it (a requester: only their own); a 404 otherwise. */
    @WithSession
    public Uni<ConfigurationItem> find(CiViewer viewer, UUID id) {
        return items.findById(id).invoke(item -> {
            if (item == null || !viewer.maySee(item)) {
                throw new NotFoundProblem("configuration item", id);
            }
        });
    }

    @WithSession
    public Uni<Page<CiView>> page(CiViewer viewer, CiFilter filter) {
        UUID owner = filter.owner() == null
                ? null
                : filter.owner().resolvedFor(viewer.person()).id();
        if (!viewer.desk()) {
            if (owner != null && !owner.equals(viewer.person())) {
                return Uni.createFrom().item(new Page<>(List.of(), null)); // a requester sees only their own
            }
            owner = viewer.person();
        }
        return items.page(filter, owner)
                .map(rows -> Page.of(
                        rows,
                        filter.page(),
                        item -> new PageCursor(CiFilter.ORDER, item.name().toLowerCase(Locale.ROOT), item.id()),
                        viewer::show));
    }

    /** Applies revised details under If-Match (the resource merged the patch into them), recorded in the history. */
    @WithTransaction
    public Uni<ConfigurationItem> update(CiViewer viewer, UUID id, String ifMatch, UnaryOperator<CiDetails> revise) {
        return find(viewer, id).chain(item -> {
            EntityTag.requireMatch(ifMatch, item.version());
            return revised(item, revise.apply(CiDetails.of(item)).stripped(), viewer.person(), null)
                    .replaceWith(item);
        });
    }

    /** Whether a merge patch would apply to the item now: a dry run, changing nothing (a 400 or 409 if not). */
    @WithSession
    public Uni<Void> checkPatch(UUID id, JsonNode patch) {
        return items.findById(id).chain(item -> {
            if (item == null) {
                throw new NotFoundProblem("configuration item", id);
            }
            return check(
                    patches.revise(CiDetails.of(item), patch, CiDetails.class).stripped(), id);
        });
    }

    /**
     * Applies a merge patch to the item (row-locked) for the change request {@code changeId},
     * recorded in its history under it; answers the merge patch that undoes it.
     */
    @WithTransaction
    public Uni<ObjectNode> applyPatch(UUID actor, UUID changeId, UUID id, JsonNode patch) {
        return items.findById(id, LockModeType.PESSIMISTIC_WRITE).chain(item -> {
            if (item == null) {
                throw new NotFoundProblem("configuration item", id);
            }
            return revised(
                            item,
                            patches.revise(CiDetails.of(item), patch, CiDetails.class)
                                    .stripped(),
                            actor,
                            changeId)
                    .map(CiChanges::undoing);
        });
    }

    /** The item revised to {@code after} if that differs and holds, the change in its history; answers what changed. */
    private Uni<List<FieldChange>> revised(ConfigurationItem item, CiDetails after, UUID actor, UUID changeId) {
        List<FieldChange> changes = CiChanges.between(CiDetails.of(item), after);
        if (changes.isEmpty()) {
            return Uni.createFrom().item(changes);
        }
        Instant now = clock.instant();
        return check(after, item.id())
                .invoke(() -> item.revise(after, now))
                .call(() -> historyWriter.keep(new CiHistoryEntry(
                        Ids.newId(), item.id(), now, actor, changeId, CiHistoryAction.UPDATED, changes)))
                .call(items::flush)
                .replaceWith(changes);
    }

    @WithSession
    public Uni<Page<CiHistoryView>> history(CiViewer viewer, UUID id, Instant from, Instant to, PageRequest page) {
        return find(viewer, id)
                .chain(item -> history.page(id, from, to, page))
                .map(rows -> Page.of(
                        rows,
                        page,
                        entry -> new PageCursor(HISTORY_ORDER, entry.at().toString(), entry.id()),
                        CiHistoryView::of));
    }

    /**
     * A 400 for attributes that cannot be stored or that the type's schema refuses (retired items
     * are exempt from it, as when the schema is replaced) or for an unknown owner; a 409 for a
     * name or asset tag taken.
     */
    private Uni<Void> check(CiDetails details, UUID id) {
        List<FieldError> errors =
                new ArrayList<>(JsonChecks.problems(details.attributes(), "attributes", JsonChecks.ATTRIBUTES_DEPTH));
        return types.definition(details.type())
                .invoke(type -> {
                    if (errors.isEmpty() && details.status() != CiStatus.RETIRED) {
                        errors.addAll(schemas.violations(type, details.attributes()));
                    }
                })
                .chain(() -> details.ownerId() == null
                        ? Uni.createFrom().item(Set.<UUID>of())
                        : people.unknown(List.of(details.ownerId())))
                .invoke(unknown -> {
                    if (!unknown.isEmpty()) {
                        errors.add(new FieldError("ownerId", "is not a known person"));
                    }
                    if (!errors.isEmpty()) {
                        throw ProblemException.invalid(errors);
                    }
                })
                .chain(() -> items.nameTaken(details.name(), id))
                .invoke(taken -> {
                    if (taken) {
                        throw new ProblemException(
                                ProblemType.CONFLICT,
                                "Another configuration item is named \"" + details.name() + "\".");
                    }
                })
                .chain(() -> details.assetTag() == null
                        ? Uni.createFrom().item(false)
                        : items.assetTagTaken(details.assetTag(), id))
                .invoke(taken -> {
                    if (taken) {
                        throw new ProblemException(
                                ProblemType.CONFLICT,
                                "Another configuration item has the asset tag \"" + details.assetTag() + "\".");
                    }
                })
                .replaceWithVoid();
    }
}
