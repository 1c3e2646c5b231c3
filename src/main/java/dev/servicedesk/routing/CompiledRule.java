package dev.servicedesk.routing;

import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.RoutingRequest;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A rule prepared for evaluation: keywords and departments folded once, not per ticket. */
record CompiledRule(
        UUID id,
        String name,
        int position,
        boolean enabled,
        String disabledReason,
        OnMatch onMatch,
        RoutingConditions conditions,
        RoutingActions actions,
        List<Keyword> keywords,
        Set<String> departments) {

    static CompiledRule of(RoutingRule rule) {
        RoutingConditions conditions = rule.conditions();
        return new CompiledRule(
                rule.id(),
                rule.name(),
                rule.position(),
                rule.enabled(),
                rule.disabledReason(),
                rule.onMatch(),
                conditions,
                rule.actions(),
                conditions.keywords().stream()
                        .map(Keyword::of)
                        .filter(Objects::nonNull)
                        .toList(),
                conditions.requesterDepartments().stream().map(Words::fold).collect(Collectors.toSet()));
    }

    /**
     * Null when every condition holds for the ticket (its category as routing has it so far);
     * otherwise the first that fails, in words. The text is only read when a keyword asks.
     */
    String firstFailure(RoutingRequest ticket, Category category, Supplier<TicketText> text) {
        if (!conditions.types().isEmpty() && !conditions.types().contains(ticket.type())) {
            return "type " + ticket.type() + " is not one of " + sorted(conditions.types());
        }
        if (!conditions.channels().isEmpty() && !conditions.channels().contains(ticket.channel())) {
            return "channel " + ticket.channel() + " is not one of " + sorted(conditions.channels());
        }
        if (!conditions.categories().isEmpty() && !conditions.categories().contains(category)) {
            return "category " + category + " is not one of " + sorted(conditions.categories());
        }
        if (conditions.requesterVip() != null && conditions.requesterVip() != ticket.requesterVip()) {
            return ticket.requesterVip() ? "the requester is a VIP" : "the requester is not a VIP";
        }
        if (!departments.isEmpty()) {
            String department = ticket.requesterDepartment();
            if (department == null) {
                return "the requester has no department";
            }
            if (!departments.contains(Words.fold(department.strip()))) {
                return "the requester's department \"" + department + "\" is not one of "
                        + conditions.requesterDepartments();
            }
        }
        if (!conditions.keywords().isEmpty()) {
            TicketText words = text.get();
            if (keywords.stream().noneMatch(keyword -> keyword.isIn(words))) {
                return "none of the keywords " + conditions.keywords() + " is in the subject or description";
            }
        }
        return null;
    }

    private static String sorted(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList().toString();
    }
}
