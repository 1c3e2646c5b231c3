package dev.servicedesk.kb;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Article bodies: CommonMark (with GitHub's tables, strikethrough and autolinks) rendered to HTML,
 * then passed through an allow-list sanitiser, so that whatever HTML or link a body holds, no
 * script, event handler, style or {@code javascript:} URL reaches a reader's page.
 */
public final class Markdown {
    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();
    private static final PolicyFactory SAFE = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements("a", "pre", "code", "hr", "br", "del", "img", "table", "thead", "tbody", "tr", "th", "td")
            .allowStandardUrlProtocols()
            .allowAttributes("href", "title")
            .onElements("a")
            .requireRelNofollowOnLinks()
            .allowAttributes("src", "alt", "title")
            .onElements("img")
            .allowAttributes("align")
            .matching(true, "left", "center", "right")
            .onElements("th", "td")
            .allowAttributes("class")
            .matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,40}"))
            .onElements("code")
            .toFactory();

    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private Markdown() {}

    /** {@code markdown}'s text without its markup, for search and snippets. */
    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown));
    }

    /** {@code markdown} as HTML that is safe to put in a page. */
    public static String toSafeHtml(String markdown) {
        return SAFE.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
