package dev.servicedesk.survey.dto;

/** A question of a survey, by id (clients word it in their own language): a RATING (1–5) or TEXT. */
public record SurveyQuestion(String id, String kind, boolean required) {}
