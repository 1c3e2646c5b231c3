package dev.servicedesk.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CiConditionTest {
    private final CiFacts criticalServer =
            new CiFacts(UUID.randomUUID(), CiType.SERVER, CiStatus.IN_USE, CiCriticality.CRITICAL, null);
    private final CiFacts minorPrinter =
            new CiFacts(UUID.randomUUID(), CiType.PRINTER, CiStatus.IN_USE, CiCriticality.LOW, null);

    @Test
    void shouldHoldOnlyWhenOneItemMeetsEveryConditionGiven() {
        CiCondition criticalPrinter =
                new CiCondition(List.of(), Set.of(CiType.PRINTER), Set.of(CiCriticality.CRITICAL));

        assertThat(criticalPrinter.heldBy(List.of(criticalServer, minorPrinter)))
                .isFalse();
        assertThat(criticalPrinter.whyNot(List.of(criticalServer, minorPrinter)))
                .isEqualTo("none of the ticket's configuration items is of type PRINTER, of criticality CRITICAL");
        assertThat(new CiCondition(List.of(), Set.of(CiType.PRINTER), Set.of(CiCriticality.LOW, CiCriticality.HIGH))
                        .heldBy(List.of(criticalServer, minorPrinter)))
                .isTrue();
        assertThat(new CiCondition(List.of(criticalServer.id()), Set.of(), Set.of()).heldBy(List.of(minorPrinter)))
                .isFalse();
    }

    @Test
    void shouldHoldWithoutConditionsAndFailWithoutItems() {
        CiCondition none = new CiCondition(List.of(), Set.of(), Set.of());
        CiCondition servers = new CiCondition(List.of(), Set.of(CiType.SERVER), Set.of());

        assertThat(none.isGiven()).isFalse();
        assertThat(none.heldBy(List.of())).isTrue();
        assertThat(servers.heldBy(List.of())).isFalse();
        assertThat(servers.whyNot(List.of())).isEqualTo("the ticket names no configuration item");
    }
}
