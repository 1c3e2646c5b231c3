package dev.servicedesk.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.common.JsonErrors;
import dev.servicedesk.common.MergePatch;
import dev.servicedesk.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/** Turns a merge patch into a queue's revised details, validated like a new queue's. */
@ApplicationScoped
class QueueEditing {
    private final ObjectMapper objectMapper;
    private final Validator validator;

    QueueEditing(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    QueueDetails apply(QueueDetails before, JsonNode patch) {
        if (!patch.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object (a merge patch)");
        }
        QueueDetails after;
        try {
            after = objectMapper.treeToValue(
                    MergePatch.apply(objectMapper.valueToTree(before), patch), QueueDetails.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.toProblem(e);
        }
        Set<ConstraintViolation<QueueDetails>> violations = validator.validate(after);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return after.name() == null ? after : withStrippedName(after);
    }

    private static QueueDetails withStrippedName(QueueDetails details) {
        return new QueueDetails(
                details.name().strip(),
                details.description(),
                details.tier(),
                details.supervisorId(),
                details.memberIds(),
                details.active());
    }
}
