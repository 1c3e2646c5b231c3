package dev.servicedesk.kb.dto;

import java.util.List;

/** One page of hits, best first, with the facets and corrections of the whole search. */
public record ArticleSearchPage(
        List<ArticleHit> items, SearchFacets facets, List<SearchCorrection> corrections, String nextCursor) {}
