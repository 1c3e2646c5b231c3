package dev.servicedesk.routing;

import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.FieldChange;
import dev.servicedesk.ticket.Impact;
import dev.servicedesk.ticket.RoutingDecision;
import dev.servicedesk.ticket.RoutingRequest;
import dev.servicedesk.ticket.Urgency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The desk's routing rules in the order they run, with the tier of each active queue they route
 * to: pure, immutable, shared by every request until the rules change.
 */
final class RuleSet {
    static final RuleSet EMPTY = new RuleSet(List.of(), Map.of());

    private final List<CompiledRule> rules;
    private final Map<UUID, Integer> activeQueueTiers;

    RuleSet(List<RoutingRule> rules, Map<UUID, Integer> activeQueueTiers) {
        this.rules = rules.stream()
                .sorted(Comparator.comparingInt(RoutingRule::position).thenComparing(RoutingRule::id))
                .map(CompiledRule::of)
                .toList();
        this.activeQueueTiers = Map.copyOf(activeQueueTiers);
    }

    int size() {
        return rules.size();
    }

    /** How the rules classify and route the ticket. */
    RoutingDecision route(RoutingRequest ticket) {
        return run(ticket, null);
    }

    /** As {@link #route}, with what became of every rule, and why (the dry run). */
    Evaluation explain(RoutingRequest ticket) {
        List<RuleVerdict> verdicts = new ArrayList<>(rules.size());
        RoutingDecision decision = run(ticket, verdicts);
        return new Evaluation(verdicts, decision);
    }

    /** Runs the rules in order; when {@code verdicts} is not null, says there what each did. */
    private RoutingDecision run(RoutingRequest ticket, List<RuleVerdict> verdicts) {
        Routing routing = new Routing(ticket);
        Supplier<TicketText> text = memoized(() -> new TicketText(ticket.subject(), ticket.description()));
        List<RoutingDecision.AppliedRule> applied = new ArrayList<>();
        CompiledRule stoppedBy = null;
        for (CompiledRule rule : rules) {
            if (stoppedBy != null) {
                if (verdicts == null) {
                    break;
                }
                verdicts.add(verdict(
                        rule, RuleOutcome.NOT_REACHED, "rule \"" + stoppedBy.name() + "\" matched first and stops"));
                continue;
            }
            if (!rule.enabled()) {
                if (verdicts != null) {
                    verdicts.add(verdict(
                            rule, RuleOutcome.DISABLED, Objects.requireNonNullElse(rule.disabledReason(), "disabled")));
                }
                continue;
            }
            CompiledRule.Condition failed = rule.failedCondition(ticket, routing.category, text);
            if (failed != null) {
                if (verdicts != null) {
                    verdicts.add(
                            verdict(rule, RuleOutcome.NOT_MATCHED, rule.explain(failed, ticket, routing.category)));
                }
                continue;
            }
            List<String> kept = new ArrayList<>();
            List<FieldChange> changes = routing.apply(rule.actions(), kept);
            if (!changes.isEmpty()) {
                applied.add(new RoutingDecision.AppliedRule(rule.id(), rule.name(), changes));
            }
            if (verdicts != null) {
                String reason =
                        kept.isEmpty() ? "every condition holds" : "every condition holds; " + String.join("; ", kept);
                verdicts.add(
                        new RuleVerdict(rule.id(), rule.name(), rule.position(), RuleOutcome.MATCHED, reason, changes));
            }
            if (rule.onMatch() == OnMatch.STOP) {
                stoppedBy = rule;
            }
        }
        return routing.decision(applied);
    }

    private static RuleVerdict verdict(CompiledRule rule, RuleOutcome outcome, String reason) {
        return new RuleVerdict(rule.id(), rule.name(), rule.position(), outcome, reason, List.of());
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** A ticket's classification as the rules shape it, one matching rule after another. */
    private final class Routing {
        private final RoutingRequest ticket;
        private Category category;
        private Impact impact;
        private Urgency urgency;
        private UUID queueId;
        private final Set<String> tags = new LinkedHashSet<>();

        Routing(RoutingRequest ticket) {
            this.ticket = ticket;
            this.category = ticket.categoryOrDefault();
            this.impact = ticket.impactOrDefault();
            this.urgency = ticket.urgencyOrDefault();
        }

        /** Applies the actions; what it leaves alone, and why, goes to {@code kept}. */
        List<FieldChange> apply(RoutingActions actions, List<String> kept) {
            List<FieldChange> changes = new ArrayList<>();
            if (actions.category() != null) {
                if (ticket.category() != null) {
                    kept.add("kept the category the creator gave");
                } else if (actions.category() != category) {
                    changes.add(change("category", category, actions.category()));
                    category = actions.category();
                }
            }
            if (actions.impact() != null) {
                if (ticket.impact() != null) {
                    kept.add("kept the impact the creator gave");
                } else if (actions.impact() != impact) {
                    changes.add(change("impact", impact, actions.impact()));
                    impact = actions.impact();
                }
            }
            if (actions.urgency() != null) {
                if (ticket.urgency() != null) {
                    kept.add("kept the urgency the creator gave");
                } else if (actions.urgency() != urgency) {
                    changes.add(change("urgency", urgency, actions.urgency()));
                    urgency = actions.urgency();
                }
            }
            if (actions.queueId() != null) {
                if (!activeQueueTiers.containsKey(actions.queueId())) {
                    kept.add("its queue is inactive");
                } else if (!actions.queueId().equals(queueId)) {
                    changes.add(change("queueId", queueId, actions.queueId()));
                    queueId = actions.queueId();
                }
            }
            List<String> before = List.copyOf(tags);
            if (tags.addAll(actions.tags())) {
                changes.add(new FieldChange("tags", before.isEmpty() ? null : before, List.copyOf(tags)));
            }
            return changes;
        }

        RoutingDecision decision(List<RoutingDecision.AppliedRule> applied) {
            return new RoutingDecision(
                    category,
                    impact,
                    urgency,
                    queueId,
                    queueId == null ? null : activeQueueTiers.get(queueId),
                    List.copyOf(tags),
                    applied);
        }

        private static FieldChange change(String field, Object from, Object to) {
            return new FieldChange(field, from, to);
        }
    }
}
