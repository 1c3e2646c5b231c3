package dev.servicedesk.kb;

import dev.servicedesk.ticket.Category;
import java.time.LocalDate;
import java.util.List;

/** What an article's source language says about it beyond its text; translations take it as it is. */
public record ArticleMetadata(
        Category category,
        List<String> tags,
        ArticleVisibility visibility,
        List<String> errorCodes,
        LocalDate reviewBy) {}
