package dev.servicedesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.FieldChange;
import dev.servicedesk.ticket.Impact;
import dev.servicedesk.ticket.RoutingDecision;
import dev.servicedesk.ticket.RoutingRequest;
import dev.servicedesk.ticket.TicketType;
import dev.servicedesk.ticket.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetTest {
    private static final UUID NETWORK_QUEUE = UUID.randomUUID();
    private static final UUID SECURITY_QUEUE = UUID.randomUUID();
    private static final UUID CLOSED_QUEUE = UUID.randomUUID();
    private static final Map<UUID, Integer> ACTIVE = Map.of(NETWORK_QUEUE, 2, SECURITY_QUEUE, 3);

    @ParameterizedTest(name = "\"{0}\" in \"{1}\": {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "vpn|The VPN drops every hour|true",
                "vpn|Vpn-client crashes|true",
                "vpn|vpnclient crashes|false",
                "ＶＰＮ|vpn is down|true",
                "password reset|Need a Password   reset, please|true",
                "password reset|reset my password|false",
                "Straße|STRASSE gesperrt|true",
                "café|the cafe\u0301 wifi|true",
                "принтер|Принтер не печатает|true",
                "принтер|принтеры сломались|false",
                "打印机|我的打印机坏了|true",
                "パスワード|パスワードを忘れました|true",
                "email|e-mail bounces|false",
                "outlook|Outlook无法启动|true",
                "vpn|VPNに接続できません|true",
                "vpn 接続|VPN接続が切れる|true",
                "프린터|프린터가 고장났어요|true",
                "Straße|STRAẞE gesperrt|true",
                "istanbul|İSTANBUL ofisi|true",
                "c++|C++ compiler crashes|true",
                "c++|drive C: is full|false",
                "c#|the C# build fails|true"
            })
    void shouldMatchKeywordsAsWholeWordsInAnyCaseAndScript(String keyword, String subject, boolean matches) {
        RuleSet rules =
                new RuleSet(List.of(rule("kw", 0, OnMatch.STOP, conditions(List.of(keyword)), tags("hit"))), ACTIVE);

        assertThat(rules.explain(ticket(subject, null)).verdicts().get(0).outcome())
                .isEqualTo(matches ? RuleOutcome.MATCHED : RuleOutcome.NOT_MATCHED);
    }

    @Test
    void shouldSearchTheDescriptionToo() {
        RuleSet rules =
                new RuleSet(List.of(rule("kw", 0, OnMatch.STOP, conditions(List.of("firewall")), tags("fw"))), ACTIVE);

        assertThat(rules.explain(ticket("Cannot reach server", "Maybe the firewall?"))
                        .decision()
                        .tags())
                .containsExactly("fw");
    }

    @Test
    void shouldStopAtTheFirstMatchingStopRule() {
        RuleSet rules = new RuleSet(
                List.of(
                        rule("second", 20, OnMatch.STOP, RoutingConditions.NONE, queue(SECURITY_QUEUE)),
                        rule("first", 10, OnMatch.STOP, conditions(List.of("vpn")), queue(NETWORK_QUEUE))),
                ACTIVE);

        Evaluation evaluation = rules.explain(ticket("VPN down", null));

        assertThat(evaluation.verdicts())
                .extracting(RuleVerdict::name, RuleVerdict::outcome)
                .containsExactly(tuple("first", RuleOutcome.MATCHED), tuple("second", RuleOutcome.NOT_REACHED));
        assertThat(evaluation.verdicts().get(1).reason()).isEqualTo("rule \"first\" matched first and stops");
        assertThat(evaluation.decision().queueId()).isEqualTo(NETWORK_QUEUE);
        assertThat(evaluation.decision().tier()).isEqualTo(2);
    }

    @Test
    void shouldLetLaterContinuingRulesOverrideAndAddTags() {
        RuleSet rules = new RuleSet(
                List.of(
                        rule(
                                "network",
                                10,
                                OnMatch.CONTINUE,
                                conditions(List.of("vpn")),
                                new RoutingActions(Category.NETWORK, null, null, NETWORK_QUEUE, List.of("vpn"))),
                        rule(
                                "security",
                                20,
                                OnMatch.CONTINUE,
                                conditions(List.of("phishing")),
                                new RoutingActions(
                                        null, Impact.HIGH, null, SECURITY_QUEUE, List.of("phishing", "vpn")))),
                ACTIVE);

        RoutingDecision decision = rules.explain(ticket("VPN login page looks like phishing", null))
                .decision();

        assertThat(decision.queueId()).isEqualTo(SECURITY_QUEUE);
        assertThat(decision.category()).isEqualTo(Category.NETWORK);
        assertThat(decision.impact()).isEqualTo(Impact.HIGH);
        assertThat(decision.tags()).containsExactly("vpn", "phishing");
        assertThat(decision.rulesApplied())
                .extracting(RoutingDecision.AppliedRule::name)
                .containsExactly("network", "security");
        assertThat(decision.rulesApplied().get(1).changes())
                .containsExactly(
                        new FieldChange("impact", "MEDIUM", "HIGH"),
                        new FieldChange("queueId", NETWORK_QUEUE.toString(), SECURITY_QUEUE.toString()),
                        new FieldChange("tags", List.of("vpn"), List.of("vpn", "phishing")));
    }

    @Test
    void shouldLetALaterRuleSeeTheCategoryAnEarlierOneSet() {
        RuleSet rules = new RuleSet(
                List.of(
                        rule(
                                "classify",
                                10,
                                OnMatch.CONTINUE,
                                conditions(List.of("wifi")),
                                new RoutingActions(Category.NETWORK, null, null, null, null)),
                        rule(
                                "route network",
                                20,
                                OnMatch.STOP,
                                new RoutingConditions(
                                        null, Set.of(Category.NETWORK), null, null, null, null, null, null, null),
                                queue(NETWORK_QUEUE))),
                ACTIVE);

        assertThat(rules.explain(ticket("Wifi is slow", null)).decision().queueId())
                .isEqualTo(NETWORK_QUEUE);
    }

    @Test
    void shouldKeepWhatTheCreatorGave() {
        RuleSet rules = new RuleSet(
                List.of(rule(
                        "all",
                        0,
                        OnMatch.STOP,
                        RoutingConditions.NONE,
                        new RoutingActions(Category.NETWORK, Impact.HIGH, Urgency.HIGH, null, null))),
                ACTIVE);
        RoutingRequest given = new RoutingRequest(
                TicketType.INCIDENT,
                "x",
                null,
                Category.HARDWARE,
                Impact.LOW,
                null,
                Channel.PORTAL,
                null,
                false,
                List.of());

        Evaluation evaluation = rules.explain(given);

        assertThat(evaluation.decision().category()).isEqualTo(Category.HARDWARE);
        assertThat(evaluation.decision().impact()).isEqualTo(Impact.LOW);
        assertThat(evaluation.decision().urgency()).isEqualTo(Urgency.HIGH);
        assertThat(evaluation.verdicts().get(0).reason())
                .isEqualTo("every condition holds; kept the category the creator gave; kept the impact the creator"
                        + " gave");
    }

    @Test
    void shouldSayWhichConditionFailed() {
        RuleSet rules = new RuleSet(
                List.of(
                        rule(
                                "requests",
                                1,
                                OnMatch.STOP,
                                new RoutingConditions(
                                        null,
                                        null,
                                        Set.of(TicketType.SERVICE_REQUEST),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                tags("a")),
                        rule(
                                "vip",
                                2,
                                OnMatch.STOP,
                                new RoutingConditions(null, null, null, null, null, true, null, null, null),
                                tags("b")),
                        rule(
                                "sales",
                                3,
                                OnMatch.STOP,
                                new RoutingConditions(null, null, null, null, List.of("Sales"), null, null, null, null),
                                tags("c")),
                        rule("words", 4, OnMatch.STOP, conditions(List.of("vpn", "wifi")), tags("d")),
                        rule("phone", 5, OnMatch.STOP, channels(Channel.PHONE), tags("e"))),
                ACTIVE);

        assertThat(rules.explain(ticket("Printer jams", null)).verdicts())
                .extracting(RuleVerdict::reason)
                .containsExactly(
                        "type INCIDENT is not one of [SERVICE_REQUEST]",
                        "the requester is not a VIP",
                        "the requester's department \"Finance\" is not one of [Sales]",
                        "none of the keywords [vpn, wifi] is in the subject or description",
                        "channel PORTAL is not one of [PHONE]");
    }

    @Test
    void shouldMatchDepartmentsInAnyCase() {
        RuleSet rules = new RuleSet(
                List.of(rule(
                        "finance",
                        1,
                        OnMatch.STOP,
                        new RoutingConditions(null, null, null, null, List.of("FINANCE"), null, null, null, null),
                        tags("money"))),
                ACTIVE);

        assertThat(rules.explain(ticket("x", null)).decision().tags()).containsExactly("money");
    }

    @Test
    void shouldSkipDisabledRulesAndQueuesNoLongerActive() {
        RoutingRule off = rule("off", 1, OnMatch.STOP, RoutingConditions.NONE, tags("off"));
        off.revise(new RuleDetails("off", null, 1, false, OnMatch.STOP, RoutingConditions.NONE, tags("off")), NOW);
        RuleSet rules = new RuleSet(
                List.of(off, rule("closed", 2, OnMatch.STOP, RoutingConditions.NONE, queue(CLOSED_QUEUE))), ACTIVE);

        Evaluation evaluation = rules.explain(ticket("x", null));

        assertThat(evaluation.verdicts())
                .extracting(RuleVerdict::outcome)
                .containsExactly(RuleOutcome.DISABLED, RuleOutcome.MATCHED);
        assertThat(evaluation.verdicts().get(1).reason()).isEqualTo("every condition holds; its queue is inactive");
        assertThat(evaluation.decision().queueId()).isNull();
        assertThat(evaluation.decision().rulesApplied()).isEmpty();
    }

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static RoutingRule rule(
            String name, int position, OnMatch onMatch, RoutingConditions conditions, RoutingActions actions) {
        return RoutingRule.create(
                UUID.randomUUID(), new RuleDetails(name, null, position, true, onMatch, conditions, actions), NOW);
    }

    private static RoutingConditions conditions(List<String> keywords) {
        return new RoutingConditions(keywords, null, null, null, null, null, null, null, null);
    }

    private static RoutingConditions channels(Channel channel) {
        return new RoutingConditions(null, null, null, Set.of(channel), null, null, null, null, null);
    }

    private static RoutingActions tags(String tag) {
        return new RoutingActions(null, null, null, null, List.of(tag));
    }

    private static RoutingActions queue(UUID queueId) {
        return new RoutingActions(null, null, null, queueId, null);
    }

    private static RoutingRequest ticket(String subject, String description) {
        return new RoutingRequest(
                TicketType.INCIDENT,
                subject,
                description,
                null,
                null,
                null,
                Channel.PORTAL,
                "Finance",
                false,
                List.of());
    }
}
