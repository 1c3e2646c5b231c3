package dev.servicedesk.cmdb.impact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.cmdb.CiRelationshipType;
import dev.servicedesk.cmdb.impact.FailureSpread.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FailureSpreadTest {
    private final UUID root = UUID.randomUUID();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID d = UUID.randomUUID();
    private final List<Need> needs = new ArrayList<>();

    @Test
    void shouldSettleEachItemOnceAtTheFewestStepsThroughCycles() {
        need(a, root, null);
        need(b, a, null);
        need(root, b, null); // back to the failed item
        need(c, root, null);
        need(b, c, null); // a shorter way to b

        assertThat(new FailureSpread(needs).from(root, 5))
                .containsExactly(
                        new Hit(a, 1, ImpactState.DOWN),
                        new Hit(c, 1, ImpactState.DOWN),
                        new Hit(b, 2, ImpactState.DOWN));
    }

    @Test
    void shouldStopAtTheDepth() {
        need(a, root, null);
        need(b, a, null);
        need(c, b, null);

        assertThat(new FailureSpread(needs).from(root, 2)).extracting(Hit::id).containsExactly(a, b);
    }

    @Test
    void shouldFailWhatAGroupCarriesOnlyWhenTheWholeGroupHasFailed() {
        need(a, root, "web");
        need(a, b, "web");
        need(c, a, null);
        need(b, root, null); // b fails with root, one step later

        assertThat(new FailureSpread(needs).from(root, 1))
                .containsExactly(new Hit(b, 1, ImpactState.DOWN), new Hit(a, 1, ImpactState.DEGRADED));
        assertThat(new FailureSpread(needs).from(root, 3))
                .containsExactly(
                        new Hit(b, 1, ImpactState.DOWN),
                        new Hit(a, 2, ImpactState.DOWN),
                        new Hit(c, 3, ImpactState.DOWN));
    }

    @Test
    void shouldCountARetiredStandInAsNoStandIn() {
        need(a, root, "db");
        needs.add(new Need(UUID.randomUUID(), CiRelationshipType.DEPENDS_ON, a, d, "db", true));
        need(b, root, "other");
        need(b, c, "other");

        assertThat(new FailureSpread(needs).from(root, 3))
                .containsExactly(new Hit(a, 1, ImpactState.DOWN), new Hit(b, 1, ImpactState.DEGRADED));
    }

    @Test
    void shouldSpreadFromAPartToItsWhole() {
        needs.add(new Need(UUID.randomUUID(), CiRelationshipType.PART_OF, a, root, null, false));

        Need partOf = needs.get(0);
        assertThat(partOf.sourceId()).isEqualTo(root);
        assertThat(partOf.targetId()).isEqualTo(a);
        assertThat(new FailureSpread(needs).from(root, 1)).containsExactly(new Hit(a, 1, ImpactState.DOWN));
    }

    private void need(UUID consumer, UUID provider, String group) {
        needs.add(new Need(UUID.randomUUID(), CiRelationshipType.DEPENDS_ON, consumer, provider, group, false));
    }
}
