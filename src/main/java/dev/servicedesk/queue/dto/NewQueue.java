package dev.servicedesk.queue.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

public record NewQueue(
        @NotBlank @CodePointLength(max = 100) String name,
        @CodePointLength(max = 2000) String description,
        @NotNull @Min(1) @Max(4) Integer tier,
        UUID supervisorId,
        @Size(max = 500) List<@NotNull UUID> memberIds,
        Boolean active) {}
