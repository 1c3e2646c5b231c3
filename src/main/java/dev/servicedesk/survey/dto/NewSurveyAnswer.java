package dev.servicedesk.survey.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

public record NewSurveyAnswer(
        @NotNull @Min(1) Integer questionsVersion,
        @NotNull @Min(1) @Max(5) Integer overall,
        @Min(1) @Max(5) Integer responseTime,
        @Min(1) @Max(5) Integer problemSolving,
        @Min(1) @Max(5) Integer communication,
        @CodePointLength(min = 1, max = 4000) String comment) {}
