package dev.servicedesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for every walk a ticket can take through its lifecycle. */
class TicketLifecycleProperties {

    /** Whoever moves it, a ticket only makes allowed moves, and a final status is never left. */
    @Property
    void shouldNeverLeaveAFinalStatus(@ForAll("walks") List<Integer> choices) {
        TicketStatus status = TicketStatus.NEW;
        for (int choice : choices) {
            Set<TicketStatus> moves = TicketLifecycle.movesFor(status, choice % 2 == 0, choice % 3 == 0);
            assertThat(TicketLifecycle.movesFrom(status)).containsAll(moves);
            if (TicketLifecycle.isFinal(status)) {
                assertThat(moves).isEmpty();
                return;
            }
            if (moves.isEmpty()) {
                continue;
            }
            List<TicketStatus> options = new ArrayList<>(moves);
            TicketStatus to = options.get(choice % options.size());
            List<TicketStatus> path = TicketLifecycle.path(status, to);
            assertThat(path).last().isEqualTo(to);
            TicketStatus step = status;
            for (TicketStatus next : path) {
                assertThat(TicketLifecycle.allows(step, next))
                        .as("%s → %s", step, next)
                        .isTrue();
                step = next;
            }
            status = to;
        }
    }

    /** No move goes into NEW or ESCALATED, or out of ESCALATED: only an escalation does that. */
    @Property
    void shouldMoveIntoAndOutOfEscalatedOnlyByAnEscalation(
            @ForAll TicketStatus from, @ForAll boolean desk, @ForAll boolean requester) {
        Set<TicketStatus> moves = TicketLifecycle.movesFor(from, desk, requester);

        assertThat(moves).doesNotContain(TicketStatus.NEW, TicketStatus.ESCALATED);
        if (from == TicketStatus.ESCALATED) {
            assertThat(moves).isEmpty();
        }
    }

    /** The desk never confirms a resolution for the requester; the requester never works the ticket. */
    @Property
    void shouldKeepEachSideToItsOwnMoves(@ForAll TicketStatus from) {
        assertThat(TicketLifecycle.movesFor(from, true, false)).doesNotContain(TicketStatus.CLOSED);
        assertThat(TicketLifecycle.movesFor(from, false, true))
                .isSubsetOf(EnumSet.of(TicketStatus.CLOSED, TicketStatus.IN_PROGRESS, TicketStatus.CANCELLED));
        assertThat(TicketLifecycle.movesFor(from, false, false)).isEmpty();
    }

    /** From every status that is not final, some sequence of moves ends the ticket. */
    @Property
    void shouldLetEveryOpenTicketEnd(@ForAll TicketStatus from) {
        Set<TicketStatus> reached = EnumSet.of(from);
        List<TicketStatus> frontier = new ArrayList<>(reached);
        while (!frontier.isEmpty()) {
            TicketStatus status = frontier.remove(0);
            for (TicketStatus next : TicketLifecycle.movesFor(status, true, true)) {
                if (reached.add(next)) {
                    frontier.add(next);
                }
            }
        }
        if (from != TicketStatus.ESCALATED) {
            assertThat(reached).containsAnyOf(TicketStatus.CLOSED, TicketStatus.CANCELLED);
        }
    }

    @Provide
    Arbitrary<List<Integer>> walks() {
        return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(20);
    }
}
