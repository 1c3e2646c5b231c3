package dev.servicedesk.cmdb.change;

import dev.servicedesk.cmdb.CiDirectory;
import dev.servicedesk.cmdb.CiRelationships;
import dev.servicedesk.cmdb.CiService;
import dev.servicedesk.cmdb.CiStatus;
import dev.servicedesk.cmdb.CiViewer;
import dev.servicedesk.cmdb.change.ChangeOperation.Op;
import dev.servicedesk.cmdb.dto.NewCiRelationship;
import dev.servicedesk.common.ConstraintViolations;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a change does to configuration items: checked when it is submitted, applied when it is
 * implemented (answering what undoes it), undone when it fails; each step in the items' history
 * under the change's id.
 */
@ApplicationScoped
class ChangeOperations {
    private final CiService items;
    private final CiRelationships relationships;
    private final CiDirectory directory;

    ChangeOperations(CiService items, CiRelationships relationships, CiDirectory directory) {
        this.items = items;
        this.relationships = relationships;
        this.directory = directory;
    }

    /** The items the operations touch, in order; a 400 naming each operation that does not hold now. */
    Uni<List<UUID>> check(List<ChangeOperation> operations) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            errors.addAll(shapeProblems("operations[" + i + "]", operations.get(i)));
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        Set<UUID> touched = new LinkedHashSet<>();
        Uni<Void> checks = Uni.createFrom().voidItem();
        for (int i = 0; i < operations.size(); i++) {
            String at = "operations[" + i + "]";
            ChangeOperation operation = operations.get(i);
            checks = checks.call(() -> checkOne(at, operation, touched, errors));
        }
        return checks.map(done -> {
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return List.copyOf(touched);
        });
    }

    /** Each field its op takes given, and no other. Pure. */
    static List<FieldError> shapeProblems(String at, ChangeOperation operation) {
        List<FieldError> errors = new ArrayList<>();
        Op op = operation.op();
        require(errors, at + ".ciId", op == Op.UPDATE_CI, operation.ciId(), op);
        require(errors, at + ".set", op == Op.UPDATE_CI, operation.set(), op);
        require(errors, at + ".sourceId", op == Op.RELATE, operation.sourceId(), op);
        require(errors, at + ".type", op == Op.RELATE, operation.type(), op);
        require(errors, at + ".targetId", op == Op.RELATE, operation.targetId(), op);
        if (op != Op.RELATE && operation.redundancyGroup() != null) {
            errors.add(new FieldError(at + ".redundancyGroup", "is not for " + op));
        }
        require(errors, at + ".relationshipId", op == Op.UNRELATE, operation.relationshipId(), op);
        if (op == Op.UPDATE_CI && operation.set() != null && !operation.set().isObject()) {
            errors.add(new FieldError(at + ".set", "must be a JSON object (a merge patch)"));
        }
        return errors;
    }

    private static void require(List<FieldError> errors, String field, boolean taken, Object value, Op op) {
        if (taken && value == null) {
            errors.add(new FieldError(field, "is required for " + op));
        } else if (!taken && value != null) {
            errors.add(new FieldError(field, "is not for " + op));
        }
    }

    private Uni<Void> checkOne(String at, ChangeOperation operation, Set<UUID> touched, List<FieldError> errors) {
        return switch (operation.op()) {
            case UPDATE_CI ->
                items.checkPatch(operation.ciId(), operation.set())
                        .invoke(() -> touched.add(operation.ciId()))
                        .onFailure()
                        .recoverWithUni(failure -> {
                            errors.addAll(asFieldErrors(at, operation, failure));
                            return Uni.createFrom().voidItem();
                        });
            case RELATE ->
                directory
                        .facts(List.of(operation.sourceId(), operation.targetId()))
                        .invoke(found -> {
                            if (!found.containsKey(operation.sourceId())) {
                                errors.add(new FieldError(at + ".sourceId", "is not a configuration item"));
                            }
                            if (!found.containsKey(operation.targetId())) {
                                errors.add(new FieldError(at + ".targetId", "is not a configuration item"));
                            }
                            if (operation.sourceId().equals(operation.targetId())) {
                                errors.add(new FieldError(at + ".targetId", "must be another item than the source"));
                            }
                            if (found.values().stream().anyMatch(item -> item.status() == CiStatus.RETIRED)) {
                                errors.add(
                                        new FieldError(at, "relates a RETIRED item, which takes no new relationships"));
                            }
                            if (operation.redundancyGroup() != null
                                    && operation.redundancyGroup().isBlank()) {
                                errors.add(new FieldError(at + ".redundancyGroup", "must not be blank"));
                            } else if (operation.redundancyGroup() != null
                                    && !operation.type().toProvider()) {
                                errors.add(new FieldError(
                                        at + ".redundancyGroup", "is only for DEPENDS_ON, RUNS_ON and USES"));
                            }
                            touched.add(operation.sourceId());
                            touched.add(operation.targetId());
                        })
                        .replaceWithVoid();
            case UNRELATE ->
                relationships
                        .find(operation.relationshipId())
                        .invoke(found -> {
                            if (found == null) {
                                errors.add(new FieldError(at + ".relationshipId", "is not a relationship"));
                            } else {
                                touched.add(found.sourceId());
                                touched.add(found.targetId());
                            }
                        })
                        .replaceWithVoid();
        };
    }

    /** A failure of one UPDATE_CI as field errors under the operation. */
    private static List<FieldError> asFieldErrors(String at, ChangeOperation operation, Throwable failure) {
        if (failure instanceof NotFoundProblem) {
            return List.of(new FieldError(at + ".ciId", "is not a configuration item"));
        }
        if (failure instanceof ConstraintViolationException violations) {
            return ConstraintViolations.toFieldErrors(violations).stream()
                    .map(error -> new FieldError(at + ".set." + error.field(), error.message()))
                    .toList();
        }
        if (failure instanceof ProblemException problem) {
            return problem.errors().isEmpty()
                    ? List.of(new FieldError(at + ".set", problem.getMessage()))
                    : problem.errors().stream()
                            .map(error -> new FieldError(at + ".set." + error.field(), error.message()))
                            .toList();
        }
        throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    /**
     * Applies every operation in order as {@code actor} under {@code changeId}; answers what undoes
     * them, in the order to apply it. One that cannot be applied is a 409 naming it (the caller's
     * transaction then applies none).
     */
    Uni<List<ChangeOperation>> apply(List<ChangeOperation> operations, UUID actor, UUID changeId) {
        CiViewer viewer = new CiViewer(actor, true, true);
        List<ChangeOperation> undo = new ArrayList<>();
        Uni<Void> applied = Uni.createFrom().voidItem();
        for (int i = 0; i < operations.size(); i++) {
            String at = "operations[" + i + "]";
            ChangeOperation operation = operations.get(i);
            applied = applied.call(() -> applyOne(operation, viewer, changeId)
                    .invoke(inverse -> {
                        if (inverse != null) {
                            undo.add(0, inverse);
                        }
                    })
                    .onFailure(ChangeOperations::refusal)
                    .transform(failure -> new ProblemException(
                            ProblemType.CONFLICT,
                            at + " (" + operation.op() + ") can no longer be applied: " + failure.getMessage(),
                            refusalErrors(at, failure))));
        }
        return applied.map(done -> List.copyOf(undo));
    }

    /**
     * The inverse in the order to apply it: the items' own changes first (a status back from
     * RETIRED before a relationship that needs it), then the relationships, each kind in the
     * order given.
     */
    static List<ChangeOperation> undoOrder(List<ChangeOperation> inverse) {
        List<ChangeOperation> ordered = new ArrayList<>();
        inverse.stream().filter(operation -> operation.op() == Op.UPDATE_CI).forEach(ordered::add);
        inverse.stream().filter(operation -> operation.op() != Op.UPDATE_CI).forEach(ordered::add);
        return ordered;
    }

    /** Whether the service refused the operation as it stands now (not a race to retry). */
    private static boolean refusal(Throwable failure) {
        return failure instanceof ConstraintViolationException
                || (failure instanceof ProblemException problem && problem.type() != ProblemType.TRANSIENT_CONFLICT);
    }

    private static List<FieldError> refusalErrors(String at, Throwable failure) {
        List<FieldError> errors = failure instanceof ConstraintViolationException violations
                ? ConstraintViolations.toFieldErrors(violations)
                : ((ProblemException) failure).errors();
        return errors.stream()
                .map(error -> new FieldError(at + "." + error.field(), error.message()))
                .toList();
    }

    /** Applies one operation; answers the one that undoes it (null when nothing changed). */
    private Uni<ChangeOperation> applyOne(ChangeOperation operation, CiViewer viewer, UUID changeId) {
        return switch (operation.op()) {
            case UPDATE_CI ->
                items.applyPatch(viewer.person(), changeId, operation.ciId(), operation.set())
                        .map(patch -> patch.isEmpty() ? null : ChangeOperation.update(operation.ciId(), patch));
            case RELATE ->
                relationships
                        .relate(
                                viewer,
                                operation.sourceId(),
                                new NewCiRelationship(
                                        operation.type(), operation.targetId(), operation.redundancyGroup()),
                                changeId)
                        .map(created -> ChangeOperation.unrelate(created.id()));
            case UNRELATE ->
                relationships.find(operation.relationshipId()).chain(found -> {
                    if (found == null) {
                        throw new NotFoundProblem("relationship", operation.relationshipId());
                    }
                    return relationships
                            .unrelate(viewer, found.sourceId(), found.id(), changeId)
                            .map(removed -> ChangeOperation.relate(
                                    removed.sourceId(), removed.type(), removed.targetId(), removed.redundancyGroup()));
                });
        };
    }
}
