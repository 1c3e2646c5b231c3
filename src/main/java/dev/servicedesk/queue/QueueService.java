package dev.servicedesk.queue;

import dev.servicedesk.audit.AuditResourceType;
import dev.servicedesk.audit.AuditTrail;
import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.Role;
import dev.servicedesk.queue.dto.NewQueue;
import dev.servicedesk.queue.dto.QueueView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Queues and their members; the admin manages them, the desk reads them. */
@ApplicationScoped
public class QueueService {
    static final String ORDER = "name";
    /** Announced whenever a queue changes, for those who keep what they know of queues. */
    public static final String TOPIC = "queues";

    private final QueueRepository queues;
    private final QueueMemberRepository members;
    private final PersonService people;
    private final ChangeNotifications changes;
    private final Clock clock;
    private final AuditTrail audit;

    QueueService(
            QueueRepository queues,
            QueueMemberRepository members,
            PersonService people,
            ChangeNotifications changes,
            Clock clock,
            AuditTrail audit) {
        this.queues = queues;
        this.members = members;
        this.people = people;
        this.changes = changes;
        this.clock = clock;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<QueueState> create(NewQueue request) {
        QueueDetails details = new QueueDetails(
                        request.name(),
                        request.description(),
                        request.tier(),
                        request.supervisorId(),
                        Objects.requireNonNullElse(request.memberIds(), List.of()),
                        Objects.requireNonNullElse(request.active(), true))
                .stripped();
        Queue queue = Queue.create(Ids.newId(), details, now());
        return check(details, queue.id())
                .chain(() -> queues.persist(queue))
                .call(created -> members.replace(created.id(), details.memberIds()))
                .call(() -> changes.announce(TOPIC))
                .call(created -> audit.created(AuditResourceType.QUEUE, created.id(), details))
                .map(created -> new QueueState(created, details.memberIds()));
    }

    /** Every queue with its members (the queues a desk has are few: tens, not thousands). */
    Uni<List<QueueState>> all() {
        return queues.listAll()
                .chain(all -> members.membersOf(all.stream().map(Queue::id).toList())
                        .map(byQueue -> all.stream()
                                .map(queue -> new QueueState(queue, byQueue.get(queue.id())))
                                .toList()));
    }

    @WithSession
    public Uni<QueueState> find(UUID id) {
        return queues.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundProblem("queue", id))
                .chain(queue -> members.membersOf(List.of(id)).map(byQueue -> new QueueState(queue, byQueue.get(id))));
    }

    /**
     * The queue, share-locked for the caller's transaction: it cannot be changed (deactivated, say)
     * until that transaction ends, so what the caller checks of it stays true until it commits.
     */
    @WithSession
    public Uni<Queue> findLocked(UUID id) {
        return queues.findById(id, LockModeType.PESSIMISTIC_READ)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundProblem("queue", id));
    }

    /** Those of {@code ids} that name no queue. */
    @WithSession
    public Uni<Set<UUID>> unknown(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return queues.list("id in ?1", ids).map(found -> {
            Set<UUID> unknown = new HashSet<>(ids);
            found.forEach(queue -> unknown.remove(queue.id()));
            return unknown;
        });
    }

    /** The tier of each of these queues that is active; inactive and unknown ones are left out. */
    @WithSession
    public Uni<Map<UUID, Integer>> activeTiers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return queues.list("id in ?1 and active = true", ids)
                .map(found -> found.stream().collect(Collectors.toMap(Queue::id, Queue::tier)));
    }

    /** Who the caller is, to tell them what they may do with each queue they read. */
    public Uni<QueueViewer> viewer(Caller caller) {
        return people.sync(caller)
                .map(person -> new QueueViewer(person.id(), caller.has(Role.ADMIN), caller.worksEveryQueue()));
    }

    /** The queues this person works, as a member or the supervisor. */
    @WithSession
    public Uni<List<Queue>> workedBy(UUID personId) {
        return queues.workedBy(personId);
    }

    @WithSession
    public Uni<Page<QueueView>> page(QueueFilter filter, QueueViewer viewer) {
        return queues.page(filter)
                .chain(rows -> members.membersOf(rows.stream().map(Queue::id).toList())
                        .map(byQueue -> Page.of(
                                rows,
                                filter.page(),
                                queue -> new PageCursor(ORDER, queue.name().toLowerCase(Locale.ROOT), queue.id()),
                                queue -> viewer.show(queue, byQueue.get(queue.id())))));
    }

    /** Applies revised details under If-Match (the resource merged the patch into them), names stripped. */
    @WithTransaction
    public Uni<QueueState> update(UUID id, String ifMatch, UnaryOperator<QueueDetails> revise) {
        return find(id).chain(current -> {
            EntityTag.requireMatch(ifMatch, current.queue().version());
            QueueDetails before = QueueDetails.of(current.queue(), current.memberIds());
            QueueDetails after = revise.apply(before).stripped();
            if (after.equals(before)) {
                return Uni.createFrom().item(current);
            }
            Queue queue = current.queue();
            return check(after, id)
                    .invoke(() -> queue.revise(after, now()))
                    .call(() -> after.memberIds().equals(before.memberIds())
                            ? Uni.createFrom().voidItem()
                            : members.replace(id, after.memberIds()))
                    .call(() -> queues.flush())
                    .call(() -> changes.announce(TOPIC))
                    .call(() -> audit.updated(AuditResourceType.QUEUE, id, before, after))
                    .replaceWith(new QueueState(queue, after.memberIds()));
        });
    }

    /** Members named once and known, the supervisor known, the name not another queue's. */
    private Uni<Void> check(QueueDetails details, UUID queueId) {
        List<FieldError> errors = new ArrayList<>();
        if (new HashSet<>(details.memberIds()).size() != details.memberIds().size()) {
            errors.add(new FieldError("memberIds", "must not name an agent twice"));
        }
        List<UUID> named = new ArrayList<>(details.memberIds());
        if (details.supervisorId() != null) {
            named.add(details.supervisorId());
        }
        return people.unknown(named)
                .invoke(unknown -> {
                    for (int i = 0; i < details.memberIds().size(); i++) {
                        if (unknown.contains(details.memberIds().get(i))) {
                            errors.add(new FieldError("memberIds[" + i + "]", "is not a known person"));
                        }
                    }
                    if (details.supervisorId() != null && unknown.contains(details.supervisorId())) {
                        errors.add(new FieldError("supervisorId", "is not a known person"));
                    }
                    if (!errors.isEmpty()) {
                        throw ProblemException.invalid(errors);
                    }
                })
                .chain(() -> queues.nameTaken(details.name(), queueId))
                .invoke(taken -> {
                    if (taken) {
                        throw new ProblemException(
                                ProblemType.CONFLICT, "Another queue is named \"" + details.name() + "\".");
                    }
                })
                .replaceWithVoid();
    }

    private Instant now() {
        return clock.instant();
    }
}
