package dev.servicedesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Impact;
import dev.servicedesk.ticket.RoutingDecision;
import dev.servicedesk.ticket.RoutingRequest;
import dev.servicedesk.ticket.TicketType;
import dev.servicedesk.ticket.Urgency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for any rule set and any new ticket, whatever the rules say. */
class RuleSetProperties {
    private static final List<String> WORDS = List.of("vpn", "printer", "password", "wifi", "outlook", "phishing");
    private static final UUID NETWORK = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID SECURITY = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID INACTIVE = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final Map<UUID, Integer> ACTIVE = Map.of(NETWORK, 2, SECURITY, 3);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** Creating a ticket routes it exactly as the dry run says it would. */
    @Property
    void shouldRouteAsTheDryRunDecides(
            @ForAll("rules") List<RoutingRule> rules, @ForAll("tickets") RoutingRequest ticket) {
        RuleSet ruleSet = new RuleSet(rules, ACTIVE);

        assertThat(ruleSet.route(ticket)).isEqualTo(ruleSet.explain(ticket).decision());
        assertThat(ruleSet.explain(ticket).verdicts()).hasSameSizeAs(rules);
    }

    /** A disabled rule never applies: the rules decide as if it were not there. */
    @Property
    void shouldNeverApplyADisabledRule(
            @ForAll("rules") List<RoutingRule> rules,
            @ForAll("tickets") RoutingRequest ticket,
            @ForAll("indexes") int pick) {
        if (rules.isEmpty()) {
            return;
        }
        RoutingRule chosen = rules.get(pick % rules.size());
        List<RoutingRule> withDisabled = new ArrayList<>(rules);
        withDisabled.set(withDisabled.indexOf(chosen), disabled(chosen));
        List<RoutingRule> without = new ArrayList<>(rules);
        without.remove(chosen);

        Evaluation evaluation = new RuleSet(withDisabled, ACTIVE).explain(ticket);

        assertThat(evaluation.decision().rulesApplied())
                .extracting(RoutingDecision.AppliedRule::ruleId)
                .doesNotContain(chosen.id());
        assertThat(evaluation.verdicts())
                .filteredOn(verdict -> verdict.ruleId().equals(chosen.id()))
                .extracting(RuleVerdict::outcome)
                .isSubsetOf(RuleOutcome.DISABLED, RuleOutcome.NOT_REACHED);
        assertThat(evaluation.decision()).isEqualTo(new RuleSet(without, ACTIVE).route(ticket));
    }

    /** A ticket never lands in a queue that is not active, and what the creator gave is kept. */
    @Property
    void shouldKeepWhatTheCreatorGaveAndRouteOnlyToActiveQueues(
            @ForAll("rules") List<RoutingRule> rules, @ForAll("tickets") RoutingRequest ticket) {
        RoutingDecision decision = new RuleSet(rules, ACTIVE).route(ticket);

        if (decision.queueId() != null) {
            assertThat(ACTIVE).containsKey(decision.queueId());
            assertThat(decision.tier()).isEqualTo(ACTIVE.get(decision.queueId()));
        }
        if (ticket.category() != null) {
            assertThat(decision.category()).isEqualTo(ticket.category());
        }
        if (ticket.impact() != null) {
            assertThat(decision.impact()).isEqualTo(ticket.impact());
        }
        if (ticket.urgency() != null) {
            assertThat(decision.urgency()).isEqualTo(ticket.urgency());
        }
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<List<RoutingRule>> rules() {
        return rule().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<RoutingRequest> tickets() {
        Arbitrary<String> subject =
                Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w));
        return Combinators.combine(
                        subject,
                        Arbitraries.of(Category.class).injectNull(0.5),
                        Arbitraries.of(Impact.class).injectNull(0.5),
                        Arbitraries.of(Urgency.class).injectNull(0.5),
                        Arbitraries.of(Channel.class),
                        Arbitraries.of(TicketType.class))
                .as((text, category, impact, urgency, channel, type) -> new RoutingRequest(
                        type, text, null, category, impact, urgency, channel, "Finance", false, List.of()));
    }

    private Arbitrary<RoutingRule> rule() {
        Arbitrary<RoutingConditions> conditions = Combinators.combine(
                        Arbitraries.of(WORDS).list().ofMaxSize(2),
                        Arbitraries.of(Category.class).set().ofMaxSize(2),
                        Arbitraries.of(Channel.class).set().ofMaxSize(2))
                .as((keywords, categories, channels) ->
                        new RoutingConditions(keywords, categories, null, channels, null, null, null, null, null));
        Arbitrary<RoutingActions> actions = Combinators.combine(
                        Arbitraries.of(Category.class).injectNull(0.6),
                        Arbitraries.of(Impact.class).injectNull(0.6),
                        Arbitraries.of(Urgency.class).injectNull(0.6),
                        Arbitraries.of(NETWORK, SECURITY, INACTIVE).injectNull(0.4),
                        Arbitraries.of("vpn", "major", "security").list().ofMaxSize(2))
                .as(RoutingActions::new);
        return Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.of(true, true, true, false),
                        Arbitraries.of(OnMatch.class),
                        conditions,
                        actions)
                .as((position, enabled, onMatch, when, then) -> RoutingRule.create(
                        UUID.randomUUID(),
                        new RuleDetails("rule at " + position, null, position, enabled, onMatch, when, then),
                        NOW));
    }

    private static RoutingRule disabled(RoutingRule rule) {
        RoutingRule copy = RoutingRule.create(
                rule.id(),
                new RuleDetails(
                        rule.name(), null, rule.position(), false, rule.onMatch(), rule.conditions(), rule.actions()),
                NOW);
        assertThat(copy.enabled()).isFalse();
        return copy;
    }
}
