package dev.servicedesk.cmdb.change;

import dev.servicedesk.cmdb.change.dto.ChangeTransition;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What each move of a change request takes besides {@code to}, and nothing else. */
final class ChangeMoveFields {
    /** The fields each move takes, beyond {@code to}. */
    private static final Map<ChangeStatus, Set<String>> FIELDS = Map.of(
            ChangeStatus.ASSESSED, Set.of("risk", "notes"),
            ChangeStatus.APPROVED, Set.of("notes", "overrideReason"),
            ChangeStatus.REJECTED, Set.of("notes"),
            ChangeStatus.SCHEDULED, Set.of("start", "end", "overrideReason"),
            ChangeStatus.IMPLEMENTED, Set.of(),
            ChangeStatus.VERIFIED, Set.of("notes"),
            ChangeStatus.FAILED, Set.of("notes"),
            ChangeStatus.CLOSED, Set.of(),
            ChangeStatus.CANCELLED, Set.of("reason"));

    private ChangeMoveFields() {}

    /** Each move takes its own fields: another is a 400, and so is a required one left out. */
    static void check(ChangeTransition request) {
        if (request.to() == ChangeStatus.SUBMITTED) {
            throw ProblemException.invalid("to", "a change is SUBMITTED when it is created");
        }
        Set<String> taken = FIELDS.get(request.to());
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("risk", request.risk());
        given.put("notes", request.notes());
        given.put("overrideReason", request.overrideReason());
        given.put("start", request.start());
        given.put("end", request.end());
        given.put("reason", request.reason());
        List<FieldError> errors = new ArrayList<>();
        given.forEach((field, value) -> {
            if (value != null && !taken.contains(field)) {
                errors.add(new FieldError(field, "is not for a move to " + request.to()));
            } else if (value instanceof String text && text.isBlank()) {
                errors.add(new FieldError(field, "must not be blank"));
            }
        });
        boolean needsNotes = request.to() == ChangeStatus.REJECTED || request.to() == ChangeStatus.FAILED;
        if (needsNotes && request.notes() == null) {
            errors.add(new FieldError("notes", "is required to move to " + request.to()));
        }
        if (request.to() == ChangeStatus.CANCELLED && request.reason() == null) {
            errors.add(new FieldError("reason", "is required to cancel"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
