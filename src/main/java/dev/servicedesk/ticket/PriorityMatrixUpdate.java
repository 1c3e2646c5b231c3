package dev.servicedesk.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record PriorityMatrixUpdate(
        @NotNull @Size(min = 9, max = 9) List<@NotNull @Valid PriorityMatrixCell> cells) {}
