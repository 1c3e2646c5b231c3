package dev.servicedesk.kb;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.ticket.Category;
import java.time.LocalDate;
import java.util.List;

/**
 * What a list of articles is narrowed to. {@code readersOnly} limits it to what a requester may
 * read; {@code reviewDueOn} to published articles whose review-by date is before that day.
 */
record ArticleFilter(
        boolean readersOnly,
        List<ArticleStatus> statuses,
        List<ArticleType> types,
        Category category,
        String tag,
        ArticleVisibility visibility,
        LocalDate reviewDueOn,
        String missingTranslation,
        String outdatedTranslation,
        PageRequest page) {}
