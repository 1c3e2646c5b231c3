package dev.servicedesk.kb.dto;

import java.util.List;

/** The fields that differ between revisions {@code from} and {@code to}. */
public record RevisionDiff(int from, int to, List<FieldDiff> changes) {}
