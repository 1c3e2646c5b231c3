package dev.servicedesk.survey;

import dev.servicedesk.survey.dto.SurveyQuestion;
import java.util.List;
import java.util.Map;

/**
 * The questions a survey asks, by version: an answer keeps the version it answered, so a later
 * change of the questions never reinterprets an earlier answer. Pure.
 */
final class SurveyQuestions {
    static final int CURRENT = 1;

    private static final Map<Integer, List<SurveyQuestion>> VERSIONS = Map.of(
            1,
            List.of(
                    new SurveyQuestion("overall", "RATING", true),
                    new SurveyQuestion("responseTime", "RATING", false),
                    new SurveyQuestion("problemSolving", "RATING", false),
                    new SurveyQuestion("communication", "RATING", false),
                    new SurveyQuestion("comment", "TEXT", false)));

    private SurveyQuestions() {}

    static List<SurveyQuestion> of(int version) {
        return VERSIONS.getOrDefault(version, List.of());
    }
}
