package dev.servicedesk.kb;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.ticket.Category;
import java.util.List;
import java.util.Objects;

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
        PageRequest page) {

    /**
     * The name of this search's order in its cursors: it holds what the search asked, so that a
     * cursor sent with another search is refused rather than skipping or repeating hits.
     */
    String order() {
        return "kb-search-"
                + Integer.toHexString(
                        Objects.hash(text, types, category, tag, language, readersOnly, preferredLanguages));
    }

    SearchQuery onPage(PageRequest page) {
        return new SearchQuery(text, types, category, tag, language, readersOnly, preferredLanguages, page);
    }
}
