package dev.servicedesk.ticket;

import static dev.servicedesk.ticket.TicketLinkType.CHILD_OF;
import static dev.servicedesk.ticket.TicketLinkType.DUPLICATED_BY;
import static dev.servicedesk.ticket.TicketLinkType.DUPLICATE_OF;
import static dev.servicedesk.ticket.TicketLinkType.PARENT_OF;
import static dev.servicedesk.ticket.TicketLinkType.RELATES_TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TicketLinkRulesTest {
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    @Property
    void shouldStoreExactlyOneDirectionOfEveryPair(@ForAll TicketLinkType type) {
        assertThat(type.inverse().inverse()).isEqualTo(type);
        assertThat(type.isStored() || type.inverse().isStored()).isTrue();
        if (type != RELATES_TO) {
            assertThat(type.isStored()).isNotEqualTo(type.inverse().isStored());
        }
    }

    @Property
    void shouldReadTheSameLinkFromBothEnds(@ForAll TicketLinkType type) {
        TicketLink link = link(a, type, b);

        assertThat(link.typeSeenFrom(a)).isEqualTo(type);
        assertThat(link.typeSeenFrom(b)).isEqualTo(type.inverse());
        assertThat(link.otherEnd(a)).isEqualTo(b);
        assertThat(link.otherEnd(b)).isEqualTo(a);
    }

    @Test
    void shouldAllowUnrelatedLinks() {
        assertThatCode(() -> TicketLinkRules.check(link(a, PARENT_OF, b), List.of(link(a, PARENT_OF, c))))
                .doesNotThrowAnyException();
        assertThatCode(() -> TicketLinkRules.check(link(a, DUPLICATED_BY, b), List.of(link(a, DUPLICATED_BY, c))))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseASecondLinkBetweenTheSameTickets() {
        assertConflict(link(b, RELATES_TO, a), link(a, CHILD_OF, b));
    }

    @Test
    void shouldRefuseASecondParent() {
        assertConflict(link(a, CHILD_OF, b), link(c, PARENT_OF, a));
    }

    @Test
    void shouldRefuseGrandchildren() {
        assertConflict(link(a, PARENT_OF, b), link(c, PARENT_OF, a));
        assertConflict(link(a, PARENT_OF, b), link(b, PARENT_OF, c));
    }

    @Test
    void shouldRefuseASecondOriginal() {
        assertConflict(link(a, DUPLICATE_OF, b), link(a, DUPLICATE_OF, c));
    }

    private static void assertConflict(TicketLink link, TicketLink existing) {
        assertThatThrownBy(() -> TicketLinkRules.check(link, List.of(existing)))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    }

    private static TicketLink link(UUID self, TicketLinkType type, UUID other) {
        return TicketLink.between(self, type, other, UUID.randomUUID(), Instant.EPOCH);
    }
}
