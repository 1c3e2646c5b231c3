package dev.servicedesk.email;

import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a message that came only as HTML, with line breaks where the blocks were, and
 * without the history mail clients quote in their own markup (Gmail's {@code gmail_quote},
 * Outlook's reply header and what follows it, Apple Mail's and Thunderbird's cited blockquotes).
 */
final class HtmlText {
    private static final Set<String> BLOCKS =
            Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "ul", "ol", "hr");
    private static final String QUOTED = "blockquote, .gmail_quote, .moz-cite-prefix, .yahoo_quoted,"
            + " #divRplyFwdMsg, #appendonsend, head, style, script, title";

    private HtmlText() {}

    static String of(String html) {
        Document document = Jsoup.parse(html);
        // Outlook writes the quoted message after its reply header as siblings, not inside it
        for (Element marker : document.select("#divRplyFwdMsg, #appendonsend")) {
            while (marker.nextElementSibling() != null) {
                marker.nextElementSibling().remove();
            }
        }
        document.select(QUOTED).remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.text());
                        } else if (BLOCKS.contains(node.nodeName())) {
                            lineBreak(text);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (BLOCKS.contains(node.nodeName()) && !node.nodeName().equals("br")) {
                            lineBreak(text);
                        }
                    }
                },
                document.body());
        // line by line: a regex over the whole text would take quadratic time on long runs of spaces
        return text.toString()
                .replace('\u00a0', ' ')
                .lines()
                .map(String::stripTrailing)
                .collect(Collectors.joining("\n"))
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /** Blank lines beyond one are folded away at the end. */
    private static void lineBreak(StringBuilder text) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
    }
}
