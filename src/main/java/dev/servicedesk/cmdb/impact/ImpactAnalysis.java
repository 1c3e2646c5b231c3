package dev.servicedesk.cmdb.impact;

import dev.servicedesk.cmdb.CiStatus;
import dev.servicedesk.cmdb.dto.CiSummary;
import dev.servicedesk.cmdb.impact.CiGraphRepository.Direction;
import dev.servicedesk.cmdb.impact.CiGraphRepository.Node;
import dev.servicedesk.cmdb.impact.CiGraphRepository.OpenChange;
import dev.servicedesk.cmdb.impact.CiGraphRepository.OpenIncident;
import dev.servicedesk.cmdb.impact.FailureSpread.Hit;
import dev.servicedesk.common.NotFoundProblem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Impact analysis over the relationship graph: what fails with an item (redundancy aware), and
 * what an item needs. One recursive walk finds every item that fails (or is needed) within
 * reach; the relationships on them, their details, open incidents, changes and owners are then
 * read for all of them at once.
 */
@ApplicationScoped
public class ImpactAnalysis {
    static final int MOST_PEOPLE = 100;

    private final CiGraphRepository graph;

    ImpactAnalysis(CiGraphRepository graph) {
        this.graph = graph;
    }

    @WithSession
    public Uni<CiImpactView> impact(UUID id, int depth) {
        return root(id).chain(
                        root -> spread(Set.of(id), depth).map(spread -> impactView(summary(root), depth, spread)));
    }

    /** What fails when all the {@code roots} fail at once, within {@code depth} steps: the items hit, by distance. */
    public record Spread(
            List<CiImpactView.Item> items, List<CiEdge> relationships, List<CiImpactView.PersonHit> people) {}

    @WithSession
    public Uni<Spread> spread(Set<UUID> roots, int depth) {
        return graph.walk(roots, depth, Direction.CONSUMERS).chain(down -> {
            Set<UUID> failed = new HashSet<>(roots);
            failed.addAll(down.keySet());
            return graph.needsFrom(failed).chain(needs -> {
                List<Hit> hits = FailureSpread.hits(roots, down, needs, depth);
                Map<UUID, Hit> byId = hits.stream().collect(Collectors.toMap(Hit::id, Function.identity()));
                return details(byId.keySet()).chain(details -> {
                    // the walk never reaches a RETIRED item; one may still lean on a failed stand-in
                    List<CiImpactView.Item> items = details.nodes().stream()
                            .filter(node -> node.status() != CiStatus.RETIRED)
                            .map(node -> new CiImpactView.Item(
                                    summary(node),
                                    byId.get(node.id()).distance(),
                                    byId.get(node.id()).state(),
                                    node.ownerId(),
                                    details.incidentCount(node.id()),
                                    details.incidents(node.id()),
                                    details.changeCount(node.id()),
                                    details.changes(node.id())))
                            .sorted(Comparator.comparingInt(CiImpactView.Item::distance)
                                    .thenComparing(item -> item.ci().name(), String.CASE_INSENSITIVE_ORDER)
                                    .thenComparing(item -> item.ci().id()))
                            .toList();
                    Set<UUID> owners = items.stream()
                            .filter(item -> item.state() == ImpactState.DOWN)
                            .map(CiImpactView.Item::ownerId)
                            .filter(Objects::nonNull)
                            .collect(Collectors.toSet());
                    return graph.people(owners)
                            .map(people -> new Spread(
                                    items,
                                    travelled(needs, items, failed),
                                    people.stream()
                                            .map(person -> new CiImpactView.PersonHit(
                                                    person.id(), person.name(), person.department()))
                                            .toList()));
                });
            });
        });
    }

    /** Every item the {@code roots} need within {@code depth} steps (the roots not among them). */
    @WithSession
    public Uni<Set<UUID>> needed(Set<UUID> roots, int depth) {
        return graph.walk(roots, depth, Direction.PROVIDERS).map(Map::keySet);
    }

    @WithSession
    public Uni<CiDependenciesView> dependencies(UUID id, int depth) {
        return root(id).chain(root -> graph.walk(Set.of(id), depth, Direction.PROVIDERS)
                .chain(reached -> {
                    Set<UUID> walked = new HashSet<>(reached.keySet());
                    walked.add(id);
                    return graph.needsOf(walked)
                            .chain(needs -> details(reached.keySet())
                                    .map(details -> new CiDependenciesView(
                                            summary(root),
                                            depth,
                                            details.nodes().stream()
                                                    .map(node -> new CiDependenciesView.Item(
                                                            summary(node),
                                                            reached.get(node.id()),
                                                            node.ownerId(),
                                                            details.incidentCount(node.id()),
                                                            details.incidents(node.id()),
                                                            details.changeCount(node.id()),
                                                            details.changes(node.id())))
                                                    .sorted(Comparator.comparingInt(CiDependenciesView.Item::distance)
                                                            .thenComparing(
                                                                    item -> item.ci()
                                                                            .name(),
                                                                    String.CASE_INSENSITIVE_ORDER)
                                                            .thenComparing(item ->
                                                                    item.ci().id()))
                                                    .toList(),
                                            needs.stream()
                                                    .filter(need -> walked.contains(need.provider()))
                                                    .map(CiEdge::of)
                                                    .toList())));
                }));
    }

    /** The relationships a failure travelled along: from a failed item to one listed. */
    private static List<CiEdge> travelled(List<Need> needs, List<CiImpactView.Item> items, Set<UUID> failed) {
        Set<UUID> listed = items.stream().map(item -> item.ci().id()).collect(Collectors.toSet());
        return needs.stream()
                .filter(need -> listed.contains(need.consumer()) && failed.contains(need.provider()))
                .map(CiEdge::of)
                .toList();
    }

    private Uni<Node> root(UUID id) {
        return graph.nodes(List.of(id))
                .map(found ->
                        found.stream().findFirst().orElseThrow(() -> new NotFoundProblem("configuration item", id)));
    }

    /** The items' details and their open incidents, read once for all of them. */
    private record Details(
            List<Node> nodes, Map<UUID, List<OpenIncident>> openIncidents, Map<UUID, List<OpenChange>> openChanges) {
        long changeCount(UUID item) {
            List<OpenChange> next = openChanges.getOrDefault(item, List.of());
            return next.isEmpty() ? 0 : next.get(0).count();
        }

        List<ChangeRef> changes(UUID item) {
            return openChanges.getOrDefault(item, List.of()).stream()
                    .map(OpenChange::change)
                    .toList();
        }

        long incidentCount(UUID item) {
            List<OpenIncident> newest = openIncidents.getOrDefault(item, List.of());
            return newest.isEmpty() ? 0 : newest.get(0).count();
        }

        List<IncidentRef> incidents(UUID item) {
            return openIncidents.getOrDefault(item, List.of()).stream()
                    .map(incident -> new IncidentRef(
                            incident.id(),
                            incident.key(),
                            incident.type(),
                            incident.status(),
                            incident.priority(),
                            incident.subject()))
                    .toList();
        }
    }

    private Uni<Details> details(Collection<UUID> ids) {
        return graph.nodes(ids)
                .chain(nodes -> graph.openIncidents(ids)
                        .chain(incidents -> graph.openChanges(ids)
                                .map(changes -> new Details(
                                        nodes,
                                        incidents.stream().collect(Collectors.groupingBy(OpenIncident::ciId)),
                                        changes.stream().collect(Collectors.groupingBy(OpenChange::ciId))))));
    }

    private static CiImpactView impactView(CiSummary root, int depth, Spread spread) {
        List<CiImpactView.PersonHit> people = spread.people();
        List<CiImpactView.PersonHit> byName = people.stream()
                .sorted(Comparator.comparing(CiImpactView.PersonHit::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(CiImpactView.PersonHit::id))
                .limit(MOST_PEOPLE)
                .toList();
        List<CiImpactView.DepartmentHit> departments = people.stream()
                .map(CiImpactView.PersonHit::department)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .map(entry -> new CiImpactView.DepartmentHit(
                        entry.getKey(), entry.getValue().intValue()))
                .sorted(Comparator.comparingInt(CiImpactView.DepartmentHit::people)
                        .reversed()
                        .thenComparing(CiImpactView.DepartmentHit::name))
                .toList();
        return new CiImpactView(
                root, depth, spread.items(), spread.relationships(), byName, people.size(), departments);
    }

    private static CiSummary summary(Node node) {
        return new CiSummary(node.id(), node.name(), node.type(), node.status(), node.criticality());
    }
}
