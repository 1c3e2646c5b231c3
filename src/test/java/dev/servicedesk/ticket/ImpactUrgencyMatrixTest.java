package dev.servicedesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.ProblemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactUrgencyMatrixTest {

    static List<PriorityMatrixCell> uniform(Priority priority) {
        List<PriorityMatrixCell> cells = new ArrayList<>();
        for (Impact impact : Impact.values()) {
            for (Urgency urgency : Urgency.values()) {
                cells.add(new PriorityMatrixCell(impact, urgency, priority));
            }
        }
        return cells;
    }

    @Test
    void shouldDeriveThePriorityOfEachPair() {
        List<PriorityMatrixCell> cells = uniform(Priority.LOW);
        cells.set(0, new PriorityMatrixCell(Impact.HIGH, Urgency.HIGH, Priority.CRITICAL));

        ImpactUrgencyMatrix matrix = ImpactUrgencyMatrix.of(cells);

        assertThat(matrix.priorityFor(Impact.HIGH, Urgency.HIGH)).isEqualTo(Priority.CRITICAL);
        assertThat(matrix.priorityFor(Impact.LOW, Urgency.MEDIUM)).isEqualTo(Priority.LOW);
    }

    @Test
    void shouldListCellsMostSevereFirstWhateverTheInputOrder() {
        List<PriorityMatrixCell> cells = new ArrayList<>(uniform(Priority.MEDIUM));
        Collections.reverse(cells);

        assertThat(ImpactUrgencyMatrix.of(cells).cells()).isEqualTo(uniform(Priority.MEDIUM));
    }

    @Test
    void shouldNameMissingAndRepeatedPairs() {
        List<PriorityMatrixCell> cells = uniform(Priority.LOW);
        cells.set(8, new PriorityMatrixCell(Impact.HIGH, Urgency.HIGH, Priority.HIGH));

        assertThatThrownBy(() -> ImpactUrgencyMatrix.of(cells))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .extracting(FieldError::field, FieldError::message)
                                .containsExactly(
                                        "cells",
                                        "must hold each impact/urgency pair exactly once; missing: LOW/LOW; repeated: HIGH/HIGH"));
    }
}
