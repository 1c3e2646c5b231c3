package dev.servicedesk.routing;

import dev.servicedesk.audit.AuditResourceType;
import dev.servicedesk.audit.AuditTrail;
import dev.servicedesk.cmdb.CiDirectory;
import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PositionOrder;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.queue.QueueService;
import dev.servicedesk.routing.dto.NewRoutingRule;
import dev.servicedesk.routing.dto.RoutingRuleView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Routing rules as the admin manages them; every change reaches every replica's rule set. */
@ApplicationScoped
public class RoutingRuleService {
    static final String TOPIC = "routing_rules";

    private final RoutingRuleRepository rules;
    private final QueueService queues;
    private final ChangeNotifications changes;
    private final CiDirectory cis;
    private final Clock clock;
    private final AuditTrail audit;

    RoutingRuleService(
            RoutingRuleRepository rules,
            QueueService queues,
            ChangeNotifications changes,
            CiDirectory cis,
            Clock clock,
            AuditTrail audit) {
        this.rules = rules;
        this.queues = queues;
        this.changes = changes;
        this.cis = cis;
        this.clock = clock;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<RoutingRule> create(NewRoutingRule request) {
        Uni<Integer> position =
                request.position() != null ? Uni.createFrom().item(request.position()) : rules.nextPosition();
        return position.chain(at -> {
            RuleDetails details = new RuleDetails(
                            request.name(),
                            request.description(),
                            at,
                            Objects.requireNonNullElse(request.enabled(), true),
                            Objects.requireNonNullElse(request.onMatch(), OnMatch.STOP),
                            Objects.requireNonNullElse(request.conditions(), RoutingConditions.NONE),
                            request.actions())
                    .stripped();
            RoutingRule rule = RoutingRule.create(Ids.newId(), details, now());
            return check(details, rule.id())
                    .chain(() -> rules.persist(rule))
                    .call(() -> changes.announce(TOPIC))
                    .call(created ->
                            audit.created(AuditResourceType.ROUTING_RULE, created.id(), RoutingRuleView.of(created)));
        });
    }

    @WithSession
    public Uni<RoutingRule> find(UUID id) {
        return rules.findById(id).onItem().ifNull().failWith(() -> new NotFoundProblem("routing rule", id));
    }

    @WithSession
    public Uni<Page<RoutingRuleView>> page(RuleFilter filter) {
        return rules.page(filter)
                .map(rows -> Page.of(
                        rows,
                        filter.page(),
                        rule -> PositionOrder.cursor(rule.position(), rule.id()),
                        RoutingRuleView::of));
    }

    /** Applies revised details under If-Match (the resource merged the patch into them). */
    @WithTransaction
    public Uni<RoutingRule> update(UUID id, String ifMatch, UnaryOperator<RuleDetails> revise) {
        return find(id).chain(rule -> {
            EntityTag.requireMatch(ifMatch, rule.version());
            RuleDetails before = RuleDetails.of(rule);
            RuleDetails after = revise.apply(before).stripped();
            if (after.equals(before)) {
                return Uni.createFrom().item(rule);
            }
            RoutingRuleView shown = RoutingRuleView.of(rule);
            return check(after, id)
                    .invoke(() -> rule.revise(after, now()))
                    .call(rules::flush)
                    .call(() -> changes.announce(TOPIC))
                    .call(() -> audit.updated(AuditResourceType.ROUTING_RULE, id, shown, RoutingRuleView.of(rule)))
                    .replaceWith(rule);
        });
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, String ifMatch) {
        return find(id).chain(rule -> {
            EntityTag.requireMatch(ifMatch, rule.version());
            RoutingRuleView shown = RoutingRuleView.of(rule);
            return rules.delete(rule)
                    .call(rules::flush)
                    .call(() -> changes.announce(TOPIC))
                    .call(() -> audit.deleted(AuditResourceType.ROUTING_RULE, id, shown));
        });
    }

    /**
     * At least one action; keywords that can match; configuration items that exist; the name not
     * another rule's; the queue a known one, and active while the rule is enabled.
     */
    private Uni<Void> check(RuleDetails details, UUID ruleId) {
        List<FieldError> errors = new ArrayList<>();
        if (details.actions().isEmpty()) {
            errors.add(new FieldError("actions", "must set at least one of category, impact, urgency, queueId, tags"));
        }
        List<String> keywords = details.conditions().keywords();
        for (int i = 0; i < keywords.size(); i++) {
            if (Keyword.of(keywords.get(i)) == null) {
                errors.add(new FieldError("conditions.keywords[" + i + "]", "must hold a letter or digit"));
            }
        }
        return cis.unknown("conditions.ciIds", details.conditions().ciIds())
                .invoke(unknown -> {
                    errors.addAll(unknown);
                    if (!errors.isEmpty()) {
                        throw ProblemException.invalid(errors);
                    }
                })
                .chain(() -> rules.nameTaken(details.name(), ruleId))
                .invoke(taken -> {
                    if (taken) {
                        throw new ProblemException(
                                ProblemType.CONFLICT, "Another routing rule is named \"" + details.name() + "\".");
                    }
                })
                .chain(() -> checkQueue(details))
                .replaceWithVoid();
    }

    private Uni<Void> checkQueue(RuleDetails details) {
        UUID queueId = details.actions().queueId();
        if (queueId == null) {
            return Uni.createFrom().voidItem();
        }
        // Locked, so that the queue cannot be deactivated between this check and the commit
        // without its trigger seeing this rule (and disabling it).
        return queues.findLocked(queueId)
                .onFailure(NotFoundProblem.class)
                .transform(e -> ProblemException.invalid("actions.queueId", "is not a queue"))
                .invoke(queue -> {
                    if (details.enabled() && !queue.active()) {
                        throw new ProblemException(
                                ProblemType.CONFLICT,
                                "The queue \"" + queue.name() + "\" is inactive; an enabled rule cannot route to it.");
                    }
                })
                .replaceWithVoid();
    }

    /** Every rule, for the rule set, with the active tiers of the queues they route to. */
    @WithSession
    Uni<RuleSet> loadRuleSet() {
        return rules.listAll()
                .chain(all -> queues.activeTiers(all.stream()
                                .map(rule -> rule.actions().queueId())
                                .filter(Objects::nonNull)
                                .collect(Collectors.toSet()))
                        .map(tiers -> new RuleSet(all, tiers)));
    }

    private Instant now() {
        return clock.instant();
    }
}
