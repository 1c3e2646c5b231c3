package dev.servicedesk.kb.dto;

import java.util.List;

/** The hits counted by type, category, tag and language, most first. */
public record SearchFacets(
        List<FacetCount> type, List<FacetCount> category, List<FacetCount> tag, List<FacetCount> language) {}
