package dev.servicedesk.cmdb.impact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.cmdb.CiRelationshipType;
import dev.servicedesk.cmdb.impact.FailureSpread.Hit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FailureSpreadTest {
    private final UUID root = UUID.randomUUID();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    @Test
    void shouldListWhatFailedAndWhatStillWorksOnItsStandIns() {
        List<Need> needs = List.of(
                need(a, root, null), // fails
                need(b, root, "web"), // its group holds: degraded
                need(b, a, "web"), // a fails one step later: b still nearest through root
                need(c, a, "db")); // degraded through a, two steps out

        assertThat(FailureSpread.hits(Set.of(root), Map.of(a, 1), needs, 3))
                .containsExactly(
                        new Hit(a, 1, ImpactState.DOWN),
                        new Hit(b, 1, ImpactState.DEGRADED),
                        new Hit(c, 2, ImpactState.DEGRADED));
    }

    @Test
    void shouldKeepToTheDepthAndLeaveTheRootsOut() {
        List<Need> needs = List.of(need(c, a, "db"), need(root, a, "cycle"));

        assertThat(FailureSpread.hits(Set.of(root), Map.of(a, 2), needs, 2))
                .containsExactly(new Hit(a, 2, ImpactState.DOWN));
    }

    @Test
    void shouldReadAPartOfItsWholeFromSourceToTarget() {
        Need partOf = new Need(UUID.randomUUID(), CiRelationshipType.PART_OF, a, root, null);

        assertThat(partOf.sourceId()).isEqualTo(root);
        assertThat(partOf.targetId()).isEqualTo(a);
    }

    private static Need need(UUID consumer, UUID provider, String group) {
        return new Need(UUID.randomUUID(), CiRelationshipType.DEPENDS_ON, consumer, provider, group);
    }
}
