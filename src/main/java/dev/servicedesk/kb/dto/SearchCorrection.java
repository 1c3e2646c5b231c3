package dev.servicedesk.kb.dto;

/** A word no article contains, and the word a typo or two away that was looked for too. */
public record SearchCorrection(String word, String correction) {}
