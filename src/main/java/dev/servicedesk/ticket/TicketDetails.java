package dev.servicedesk.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.validator.constraints.CodePointLength;

/** What a merge patch may change on a ticket: its details and classification, never its status. */
public record TicketDetails(
        @NotBlank @CodePointLength(max = 200) String subject,
        @CodePointLength(max = 20000) String description,
        @NotNull Category category,
        @NotNull Impact impact,
        @NotNull Urgency urgency,
        @NotNull Priority priority,
        @NotNull Channel channel,
        Instant occurredAt,
        @Min(0) @Max(10_000_000) Integer affectedUsers,
        @Size(max = 50) List<@NotBlank @CodePointLength(max = 200) String> affectedSystems,
        @Size(max = 20) List<@NotNull UUID> ciIds,
        @Size(max = 50) List<@NotBlank @CodePointLength(max = 2000) String> errorMessages,
        @Size(max = 50) List<@NotNull @Valid StepTried> stepsTried,
        @Size(max = 50) Map<String, Object> environment,
        @Valid Contact contact) {
    private static final Map<String, Function<TicketDetails, Object>> FIELDS = readers();

    /** The details as the ticket holds them. */
    static TicketDetails of(Ticket ticket) {
        Classification classification = ticket.classification();
        Report report = ticket.report();
        TicketFacts facts = report.facts();
        return new TicketDetails(
                report.subject(),
                report.description(),
                classification.category(),
                classification.impact(),
                classification.urgency(),
                classification.priority(),
                classification.channel(),
                report.occurredAt(),
                report.affectedUsers(),
                facts.affectedSystems(),
                ticket.ciIds(),
                facts.errorMessages(),
                facts.stepsTried(),
                facts.environment(),
                facts.contact());
    }

    /** Absent lists, objects and contact read as empty, as on a new ticket. */
    TicketDetails normalized() {
        return new TicketDetails(
                subject,
                description,
                category,
                impact,
                urgency,
                priority,
                channel,
                occurredAt,
                affectedUsers,
                Objects.requireNonNullElse(affectedSystems, List.of()),
                Objects.requireNonNullElse(ciIds, List.of()),
                Objects.requireNonNullElse(errorMessages, List.of()),
                Objects.requireNonNullElse(stepsTried, List.of()),
                Objects.requireNonNullElse(environment, Map.of()),
                Objects.requireNonNullElse(contact, Contact.NONE));
    }

    TicketDetails withPriority(Priority derived) {
        return new TicketDetails(
                subject,
                description,
                category,
                impact,
                urgency,
                derived,
                channel,
                occurredAt,
                affectedUsers,
                affectedSystems,
                ciIds,
                errorMessages,
                stepsTried,
                environment,
                contact);
    }

    Classification classification() {
        return new Classification(category, impact, urgency, priority, channel);
    }

    Report report() {
        return Report.of(
                subject,
                description,
                occurredAt,
                affectedUsers,
                new TicketFacts(affectedSystems, errorMessages, stepsTried, environment, contact));
    }

    /** The names of the fields whose values differ in {@code other}. */
    List<String> changedIn(TicketDetails other) {
        List<String> changed = new ArrayList<>();
        FIELDS.forEach((name, read) -> {
            if (!Objects.equals(read.apply(this), read.apply(other))) {
                changed.add(name);
            }
        });
        return changed;
    }

    Object value(String field) {
        Function<TicketDetails, Object> read = FIELDS.get(field);
        if (read == null) {
            throw new IllegalArgumentException(field);
        }
        return read.apply(this);
    }

    /** Each field's reader, in declaration order: looked up once, as reflection is slow per call. */
    private static Map<String, Function<TicketDetails, Object>> readers() {
        Map<String, Function<TicketDetails, Object>> readers = new LinkedHashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (RecordComponent component : TicketDetails.class.getRecordComponents()) {
            try {
                MethodHandle accessor = lookup.unreflect(component.getAccessor());
                readers.put(component.getName(), details -> {
                    try {
                        return accessor.invoke(details);
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return Collections.unmodifiableMap(readers);
    }
}
