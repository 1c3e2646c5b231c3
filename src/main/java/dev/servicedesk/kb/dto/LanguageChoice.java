package dev.servicedesk.kb.dto;

/** Which language version to act on; the source language when null. */
public record LanguageChoice(String language) {}
