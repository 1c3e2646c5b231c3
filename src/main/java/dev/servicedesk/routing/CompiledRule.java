package dev.servicedesk.routing;

import dev.servicedesk.common.TextFold;
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
                conditions.requesterDepartments().stream().map(TextFold::of).collect(Collectors.toSet()));
    }

    /** The conditions of a rule, in the order they are checked (the cheapest first). */
    enum Condition {
        TYPE,
        CHANNEL,
        CATEGORY,
        VIP,
        DEPARTMENT,
        CONFIGURATION_ITEMS,
        KEYWORDS
    }

    /**
     * Null when every condition holds for the ticket (its category as routing has it so far);
     * otherwise the first that fails. The text is only read when a keyword asks.
     */
    Condition failedCondition(RoutingRequest ticket, Category category, Supplier<TicketText> text) {
        if (!conditions.types().isEmpty() && !conditions.types().contains(ticket.type())) {
            return Condition.TYPE;
        }
        if (!conditions.channels().isEmpty() && !conditions.channels().contains(ticket.channel())) {
            return Condition.CHANNEL;
        }
        if (!conditions.categories().isEmpty() && !conditions.categories().contains(category)) {
            return Condition.CATEGORY;
        }
        if (conditions.requesterVip() != null && conditions.requesterVip() != ticket.requesterVip()) {
            return Condition.VIP;
        }
        if (!departments.isEmpty()
                && (ticket.requesterDepartment() == null
                        || !departments.contains(
                                TextFold.of(ticket.requesterDepartment().strip())))) {
            return Condition.DEPARTMENT;
        }
        if (!conditions.ci().heldBy(ticket.cis())) {
            return Condition.CONFIGURATION_ITEMS;
        }
        if (!keywords.isEmpty()) {
            TicketText words = text.get();
            if (keywords.stream().noneMatch(keyword -> keyword.isIn(words))) {
                return Condition.KEYWORDS;
            }
        }
        return null;
    }

    /** Why {@code failed} does not hold for the ticket, in words (for the dry run). */
    String explain(Condition failed, RoutingRequest ticket, Category category) {
        return switch (failed) {
            case TYPE -> "type " + ticket.type() + " is not one of " + sorted(conditions.types());
            case CHANNEL -> "channel " + ticket.channel() + " is not one of " + sorted(conditions.channels());
            case CATEGORY -> "category " + category + " is not one of " + sorted(conditions.categories());
            case VIP -> ticket.requesterVip() ? "the requester is a VIP" : "the requester is not a VIP";
            case DEPARTMENT ->
                ticket.requesterDepartment() == null
                        ? "the requester has no department"
                        : "the requester's department \"" + ticket.requesterDepartment() + "\" is not one of "
                                + conditions.requesterDepartments();
            case CONFIGURATION_ITEMS -> conditions.ci().whyNot(ticket.cis());
            case KEYWORDS -> "none of the keywords " + conditions.keywords() + " is in the subject or description";
        };
    }

    private static String sorted(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList().toString();
    }
}
