package dev.servicedesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TicketLifecycleTest {

    @Test
    void shouldFollowTheDesksLifecycle() {
        assertThat(TicketLifecycle.movesFrom(TicketStatus.NEW))
                .containsExactlyInAnyOrder(
                        TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.CANCELLED);
        assertThat(TicketLifecycle.movesFrom(TicketStatus.PENDING))
                .containsExactlyInAnyOrder(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED);
        assertThat(TicketLifecycle.movesFrom(TicketStatus.ESCALATED)).isEmpty();
        assertThat(TicketLifecycle.mayEscalateFrom(TicketStatus.PENDING)).isTrue();
        assertThat(TicketLifecycle.mayEscalateFrom(TicketStatus.RESOLVED)).isFalse();
        assertThat(TicketLifecycle.movesFrom(TicketStatus.RESOLVED))
                .containsExactlyInAnyOrder(TicketStatus.CLOSED, TicketStatus.IN_PROGRESS);
    }

    @Test
    void shouldEndAtClosedAndCancelled() {
        assertThat(TicketLifecycle.movesFrom(TicketStatus.CLOSED)).isEmpty();
        assertThat(TicketLifecycle.movesFrom(TicketStatus.CANCELLED)).isEmpty();
    }

    @Test
    void shouldOnlyCancelWhatNobodyWorksOnYet() {
        assertThat(Arrays.stream(TicketStatus.values())
                        .filter(from -> TicketLifecycle.allows(from, TicketStatus.CANCELLED)))
                .containsExactlyInAnyOrder(TicketStatus.NEW, TicketStatus.OPEN);
    }

    @Test
    void shouldNeverMoveToNew() {
        assertThat(Arrays.stream(TicketStatus.values()).filter(from -> TicketLifecycle.allows(from, TicketStatus.NEW)))
                .isEmpty();
    }

    @Test
    void shouldLetRequestersConfirmReopenOrCancelOnly() {
        assertThat(TicketLifecycle.requesterMay(TicketStatus.RESOLVED, TicketStatus.CLOSED))
                .isTrue();
        assertThat(TicketLifecycle.requesterMay(TicketStatus.RESOLVED, TicketStatus.IN_PROGRESS))
                .isTrue();
        assertThat(TicketLifecycle.requesterMay(TicketStatus.NEW, TicketStatus.CANCELLED))
                .isTrue();
        assertThat(TicketLifecycle.requesterMay(TicketStatus.NEW, TicketStatus.OPEN))
                .isFalse();
        assertThat(TicketLifecycle.requesterMay(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED))
                .isFalse();
    }
}
