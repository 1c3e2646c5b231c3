package dev.servicedesk.announcement;

import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Instants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What must hold of an announcement's details beyond each field's own shape. Pure. */
final class AnnouncementChecks {
    private AnnouncementChecks() {}

    static List<FieldError> problems(AnnouncementDetails details) {
        List<FieldError> errors = new ArrayList<>();
        inRange(errors, "startsAt", details.startsAt());
        inRange(errors, "estimatedEndAt", details.estimatedEndAt());
        inRange(errors, "publishAt", details.publishAt());
        inRange(errors, "expiresAt", details.expiresAt());
        if (details.type().track() == PhaseTrack.PLANNED) {
            if (details.startsAt() == null) {
                errors.add(new FieldError("startsAt", "is required for " + details.type()));
            }
            if (details.estimatedEndAt() == null) {
                errors.add(new FieldError("estimatedEndAt", "is required for " + details.type()));
            }
        }
        after(errors, "estimatedEndAt", details.estimatedEndAt(), "startsAt", details.startsAt());
        after(errors, "expiresAt", details.expiresAt(), "publishAt", details.publishAt());
        if (details.contact() != null && details.contact().isBlank()) {
            errors.add(new FieldError("contact", "must not be blank"));
        }
        AnnouncementAudience audience = details.audience();
        if (audience.kind() == AudienceKind.DEPARTMENTS
                && audience.departments().isEmpty()) {
            errors.add(new FieldError("audience.departments", "names at least one department for DEPARTMENTS"));
        }
        if (audience.kind() == AudienceKind.AFFECTED_USERS && details.ciIds().isEmpty()) {
            errors.add(new FieldError("ciIds", "names at least one item for AFFECTED_USERS (whose users it reaches)"));
        }
        if (audience.kind() != AudienceKind.DEPARTMENTS
                && !audience.departments().isEmpty()) {
            errors.add(new FieldError("audience.departments", "is only for DEPARTMENTS"));
        }
        return errors;
    }

    private static void inRange(List<FieldError> errors, String field, Instant instant) {
        if (instant != null && !Instants.isInRange(instant)) {
            errors.add(new FieldError(field, "must be between the years 1 and 9999"));
        }
    }

    private static void after(
            List<FieldError> errors, String field, Instant later, String otherField, Instant earlier) {
        if (later != null && earlier != null && !later.isAfter(earlier)) {
            errors.add(new FieldError(field, "must be after " + otherField));
        }
    }
}
