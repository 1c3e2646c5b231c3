package dev.servicedesk.kb.dto;

/** What the caller may do with an article now. */
public record ArticleActions(
        boolean edit, boolean translate, boolean submit, boolean approve, boolean reject, boolean archive) {

    public static final ArticleActions NONE = new ArticleActions(false, false, false, false, false, false);
}
