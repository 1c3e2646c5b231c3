package dev.servicedesk.survey.dto;

import dev.servicedesk.survey.SurveyStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The contract's Survey: where it stands as of when it is read. */
public record SurveyView(
        UUID ticketId,
        SurveyStatus status,
        Instant offeredAt,
        Instant expiresAt,
        int questionsVersion,
        List<SurveyQuestion> questions,
        SurveyAnswer answer) {}
