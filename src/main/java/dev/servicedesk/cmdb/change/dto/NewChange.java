package dev.servicedesk.cmdb.change.dto;

import dev.servicedesk.cmdb.change.ChangeOperation;
import dev.servicedesk.cmdb.change.ChangeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.hibernate.validator.constraints.CodePointLength;

public record NewChange(
        @NotNull ChangeType type,
        @NotBlank @CodePointLength(max = 200) String title,
        @CodePointLength(max = 20000) String description,
        @NotNull Instant plannedStart,
        @NotNull Instant plannedEnd,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid ChangeOperation> operations) {}
