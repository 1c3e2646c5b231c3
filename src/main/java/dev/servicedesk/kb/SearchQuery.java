package dev.servicedesk.kb;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.ticket.Category;
import java.util.List;

/**
 * A search as asked: the text (web search syntax), the filters, whether the caller reads only
 * PUBLIC articles, the languages they prefer (lower case, most preferred first), and the page.
 */
record SearchQuery(
        String text,
        List<ArticleType> types,
        Category category,
        String tag,
        String language,
        boolean readersOnly,
        List<String> preferredLanguages,
        PageRequest page) {}
