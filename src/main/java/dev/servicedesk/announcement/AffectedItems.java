package dev.servicedesk.announcement;

import dev.servicedesk.cmdb.CiDirectory;
import dev.servicedesk.cmdb.CiFacts;
import dev.servicedesk.cmdb.CiStatus;
import dev.servicedesk.cmdb.impact.ImpactAnalysis;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The configuration items an announcement names, and the people who use them. */
@ApplicationScoped
class AffectedItems {
    /** How far the impact analysis follows a failure to find the people an announcement reaches. */
    static final int DEPTH = 5;

    /** How many items an announcement may name. */
    static final int MOST = 50;

    private final CiDirectory directory;
    private final ImpactAnalysis impact;

    AffectedItems(CiDirectory directory, ImpactAnalysis impact) {
        this.directory = directory;
        this.impact = impact;
    }

    /**
     * Adds a problem for each of {@code items} not already named ({@code named}) that is no
     * configuration item or is RETIRED, then fails with a 400 if {@code errors} holds any.
     */
    Uni<Void> validate(List<UUID> items, List<UUID> named, List<FieldError> errors) {
        return directory.facts(items).map(facts -> {
            for (int i = 0; i < items.size(); i++) {
                UUID id = items.get(i);
                CiFacts found = facts.get(id);
                if (named.contains(id)) {
                    continue;
                }
                if (found == null) {
                    errors.add(new FieldError("ciIds[" + i + "]", "is not a configuration item"));
                } else if (found.status() == CiStatus.RETIRED) {
                    errors.add(new FieldError("ciIds[" + i + "]", "is RETIRED"));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return null;
        });
    }

    /** The people using {@code items}: their owners and those of every item that fails with them. */
    Uni<Set<UUID>> people(List<UUID> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return directory
                .facts(items)
                .chain(facts -> impact.spread(Set.copyOf(items), DEPTH).map(spread -> {
                    Set<UUID> people = new HashSet<>();
                    facts.values().stream()
                            .map(CiFacts::ownerId)
                            .filter(Objects::nonNull)
                            .forEach(people::add);
                    spread.people().forEach(person -> people.add(person.id()));
                    return people;
                }));
    }
}
