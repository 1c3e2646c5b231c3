package dev.servicedesk.survey.dto;

import dev.servicedesk.survey.Survey;
import java.time.Instant;

public record SurveyAnswer(
        int questionsVersion,
        Integer overall,
        Integer responseTime,
        Integer problemSolving,
        Integer communication,
        String comment,
        Instant answeredAt) {
    /** The answer a survey holds; null while it has none. */
    public static SurveyAnswer of(Survey survey) {
        return survey.answeredAt() == null
                ? null
                : new SurveyAnswer(
                        survey.questionsVersion(),
                        survey.overall(),
                        survey.responseTime(),
                        survey.problemSolving(),
                        survey.communication(),
                        survey.comment(),
                        survey.answeredAt());
    }
}
