package dev.servicedesk.sla;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The policy a ticket gets: the first enabled one, in position order, whose conditions all hold;
 * with what became of every policy, and why. Pure.
 */
public record PolicyChoice(List<Verdict> verdicts, SlaPolicy chosen) {

    public record Verdict(UUID policyId, String name, PolicyOutcome outcome, String reason) {}

    static PolicyChoice of(List<SlaPolicy> policies, SlaSubject ticket) {
        List<Verdict> verdicts = new ArrayList<>();
        SlaPolicy chosen = null;
        List<SlaPolicy> ordered = policies.stream()
                .sorted(Comparator.comparingInt(SlaPolicy::position).thenComparing(SlaPolicy::id))
                .toList();
        for (SlaPolicy policy : ordered) {
            if (chosen != null) {
                verdicts.add(verdict(policy, PolicyOutcome.NOT_REACHED, "policy \"" + chosen.name() + "\" applies"));
            } else if (!policy.enabled()) {
                verdicts.add(verdict(policy, PolicyOutcome.DISABLED, "disabled"));
            } else {
                String failure = firstFailure(policy.conditions(), ticket);
                if (failure == null) {
                    chosen = policy;
                    verdicts.add(verdict(policy, PolicyOutcome.MATCHED, "every condition holds"));
                } else {
                    verdicts.add(verdict(policy, PolicyOutcome.NOT_MATCHED, failure));
                }
            }
        }
        return new PolicyChoice(verdicts, chosen);
    }

    private static Verdict verdict(SlaPolicy policy, PolicyOutcome outcome, String reason) {
        return new Verdict(policy.id(), policy.name(), outcome, reason);
    }

    /** Null when every condition holds; otherwise the first that fails, in words. */
    private static String firstFailure(SlaConditions conditions, SlaSubject ticket) {
        if (!conditions.types().isEmpty() && !conditions.types().contains(ticket.type())) {
            return "type " + ticket.type() + " is not one of " + conditions.types();
        }
        if (!conditions.categories().isEmpty() && !conditions.categories().contains(ticket.category())) {
            return "category " + ticket.category() + " is not one of " + conditions.categories();
        }
        if (!conditions.queueIds().isEmpty() && !conditions.queueIds().contains(ticket.queueId())) {
            return ticket.queueId() == null ? "the ticket is in no queue" : "its queue is not one of the policy's";
        }
        if (conditions.requesterVip() != null && conditions.requesterVip() != ticket.requesterVip()) {
            return ticket.requesterVip() ? "the requester is a VIP" : "the requester is not a VIP";
        }
        if (!conditions.requesterDepartments().isEmpty()
                && conditions.requesterDepartments().stream()
                        .noneMatch(department -> department.equalsIgnoreCase(
                                ticket.requesterDepartment() == null
                                        ? ""
                                        : ticket.requesterDepartment().strip()))) {
            return ticket.requesterDepartment() == null
                    ? "the requester has no department"
                    : "the requester's department \"" + ticket.requesterDepartment() + "\" is not one of "
                            + conditions.requesterDepartments();
        }
        if (!conditions.ci().heldBy(ticket.cis())) {
            return conditions.ci().whyNot(ticket.cis());
        }
        return null;
    }
}
