package dev.servicedesk.survey;

/** Where a survey stands: open for an answer, answered, or closed unanswered. */
public enum SurveyStatus {
    OFFERED,
    ANSWERED,
    EXPIRED
}
