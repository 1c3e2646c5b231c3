package dev.servicedesk.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.common.RecordPatches;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.ticket.TicketService.TicketAction;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Merge-patching a ticket's details: who may change what, and every change in the timeline. */
@ApplicationScoped
public class TicketEditing {
    static final String PRIORITY_REASON = "priorityReason";

    private final TicketService tickets;
    private final TicketRepository repository;
    private final TicketHistory history;
    private final PriorityMatrixService priorityMatrix;
    private final ObjectMapper objectMapper;
    private final RecordPatches patches;
    private final TicketLimits limits;
    private final Reclassification reclassification;
    private final NamedCis cis;
    private final Clock clock;

    TicketEditing(
            TicketService tickets,
            TicketRepository repository,
            TicketHistory history,
            PriorityMatrixService priorityMatrix,
            ObjectMapper objectMapper,
            RecordPatches patches,
            TicketLimits limits,
            Reclassification reclassification,
            NamedCis cis,
            Clock clock) {
        this.tickets = tickets;
        this.repository = repository;
        this.history = history;
        this.priorityMatrix = priorityMatrix;
        this.objectMapper = objectMapper;
        this.patches = patches;
        this.limits = limits;
        this.reclassification = reclassification;
        this.cis = cis;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Ticket> update(Caller caller, String ref, String ifMatch, JsonNode patch) {
        RecordPatches.requireObject(patch);
        ObjectNode changes = ((ObjectNode) patch).deepCopy();
        String priorityReason = priorityReason(changes.remove(PRIORITY_REASON));
        boolean prioritySet = changes.hasNonNull("priority");
        if (priorityReason != null && !prioritySet) {
            throw ProblemException.invalid(PRIORITY_REASON, "goes with a priority the patch sets");
        }
        rejectUnknownFields(changes);
        return tickets.forChange(caller, ref).chain(action -> {
            Ticket ticket = action.ticket();
            TicketTags.requireMatch(ifMatch, ticket, caller);
            TicketDetails before = TicketDetails.of(ticket);
            TicketDetails after = validated(patches.merge(before, changes, TicketDetails.class));
            List<String> changed = before.changedIn(after);
            checkPermission(action, changed);
            if (changed.contains("priority") && priorityReason == null) {
                throw ProblemException.invalid(PRIORITY_REASON, "is required to override the priority");
            }
            boolean rederive = !prioritySet && (changed.contains("impact") || changed.contains("urgency"));
            Uni<TicketDetails> revised = rederive
                    ? priorityMatrix
                            .priorityFor(after.impact(), after.urgency())
                            .map(after::withPriority)
                    : Uni.createFrom().item(after);
            Uni<?> named = changed.contains(NamedCis.FIELD)
                    ? cis.check(after.ciIds(), before.ciIds(), null)
                    : Uni.createFrom().voidItem();
            return named.chain(() -> revised).chain(details -> apply(action, before, details, priorityReason));
        });
    }

    private Uni<Ticket> apply(TicketAction action, TicketDetails before, TicketDetails after, String reason) {
        Ticket ticket = action.ticket();
        List<String> changed = before.changedIn(after);
        if (changed.isEmpty()) {
            return Uni.createFrom().item(ticket);
        }
        Instant now = clock.instant();
        UUID actorId = action.actor().id();
        List<FieldChange> fieldChanges = changed.stream()
                .filter(field -> !field.equals(NamedCis.FIELD))
                .map(field -> new FieldChange(field, jsonValue(before.value(field)), jsonValue(after.value(field))))
                .toList();
        List<TimelineEntry> entries = new ArrayList<>();
        if (!fieldChanges.isEmpty()) {
            entries.add(TimelineEntry.updated(ticket.id(), actorId, fieldChanges, now));
        }
        if (changed.contains(NamedCis.FIELD)) {
            // The items may be ones the requester may not see: the desk's entry.
            FieldChange items = new FieldChange(NamedCis.FIELD, jsonValue(before.ciIds()), jsonValue(after.ciIds()));
            entries.add(TimelineEntry.updatedInternally(ticket.id(), actorId, List.of(items), now));
        }
        fieldChanges.stream()
                .filter(change -> change.field().equals("priority") && reason != null)
                .forEach(change ->
                        entries.add(TimelineEntry.priorityOverridden(ticket.id(), actorId, reason, change, now)));
        ticket.revise(after, now, !fieldChanges.isEmpty());
        boolean reclassified =
                changed.contains("priority") || changed.contains("category") || changed.contains(NamedCis.FIELD);
        return history.append(ticket, entries)
                .call(() -> reclassified
                        ? reclassification.retarget(ticket, now)
                        : Uni.createFrom().voidItem())
                .chain(repository::flush)
                .replaceWith(ticket);
    }

    private static String priorityReason(JsonNode reason) {
        if (reason == null || reason.isNull()) {
            return null;
        }
        if (!reason.isTextual()
                || reason.asText().isBlank()
                || reason.asText().codePointCount(0, reason.asText().length()) > 2000) {
            throw ProblemException.invalid(PRIORITY_REASON, "must be a text of 1 to 2000 characters");
        }
        return reason.asText();
    }

    private static void rejectUnknownFields(ObjectNode patch) {
        List<FieldError> errors = new ArrayList<>();
        patch.fieldNames().forEachRemaining(field -> {
            if (!TicketActionRules.PATCHABLE.contains(field)) {
                errors.add(new FieldError(
                        field,
                        field.equals("status") ? "changes through /transitions" : "cannot be changed by a patch"));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private TicketDetails validated(TicketDetails merged) {
        TicketDetails details = patches.validated(merged.normalized());
        limits.check(details.environment(), details.occurredAt());
        return details;
    }

    private static void checkPermission(TicketAction action, List<String> changed) {
        Ticket ticket = action.ticket();
        if (!changed.isEmpty() && TicketLifecycle.isFinal(ticket.status())) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "The ticket is " + ticket.status() + "; its record stands as it ended.");
        }
        if (action.works()) {
            return;
        }
        if (!TicketActionRules.REQUESTER_FIELDS.containsAll(changed)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Requesters may change only the description and contact details.");
        }
        if (!changed.isEmpty() && !TicketActionRules.REQUESTER_EDITABLE.contains(ticket.status())) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "The ticket is being worked on; add a comment instead of editing it.");
        }
    }

    /** The value as the ticket's JSON gives it, in plain Java (records become maps). */
    private Object jsonValue(Object value) {
        return objectMapper.convertValue(value, Object.class);
    }
}
