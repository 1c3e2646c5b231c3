package dev.servicedesk.cmdb.change.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.hibernate.validator.constraints.CodePointLength;

public record NewChangeBlackout(
        @NotBlank @CodePointLength(max = 200) String name,
        @NotNull Instant start,
        @NotNull Instant end,
        @CodePointLength(max = 2000) String reason) {}
