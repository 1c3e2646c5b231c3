package dev.servicedesk.common;

/** One offending field, parameter or header of a 400 answer. */
public record FieldError(String field, String message) {}
