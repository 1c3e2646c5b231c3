package dev.servicedesk.calendar.dto;

import dev.servicedesk.calendar.Holiday;
import dev.servicedesk.calendar.WorkingInterval;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.CodePointLength;

public record NewCalendar(
        @NotBlank @CodePointLength(max = 100) String name,
        @CodePointLength(max = 2000) String description,
        @NotBlank @CodePointLength(max = 64) String timeZone,
        Boolean alwaysOpen,
        Map<@NotNull DayOfWeek, @NotNull @Size(max = 10) List<@NotNull @Valid WorkingInterval>> week,
        @Size(max = 1000) List<@NotNull @Valid Holiday> holidays) {}
