package dev.servicedesk.kb;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.servicedesk.kb.dto.FieldDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What differs between two revisions, field by field; text fields also as a unified diff of their lines. */
public final class RevisionDiffs {
    private static final int CONTEXT_LINES = 3;

    private RevisionDiffs() {}

    public static List<FieldDiff> between(Revision from, Revision to) {
        ArticleText a = from.text();
        ArticleText b = to.text();
        ArticleMetadata am = from.metadata();
        ArticleMetadata bm = to.metadata();
        List<FieldDiff> changes = new ArrayList<>();
        value(changes, "language", from.language(), to.language());
        text(changes, "title", a.title(), b.title(), from, to);
        text(changes, "summary", a.summary(), b.summary(), from, to);
        text(changes, "body", a.body(), b.body(), from, to);
        value(changes, "keywords", a.keywords(), b.keywords());
        value(changes, "knownError", a.knownError(), b.knownError());
        value(changes, "tree", a.tree(), b.tree());
        value(changes, "category", am == null ? null : am.category(), bm == null ? null : bm.category());
        value(changes, "tags", am == null ? null : am.tags(), bm == null ? null : bm.tags());
        value(changes, "visibility", am == null ? null : am.visibility(), bm == null ? null : bm.visibility());
        value(changes, "errorCodes", am == null ? null : am.errorCodes(), bm == null ? null : bm.errorCodes());
        value(changes, "reviewBy", am == null ? null : text(am.reviewBy()), bm == null ? null : text(bm.reviewBy()));
        return changes;
    }

    private static void value(List<FieldDiff> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldDiff(field, from, to, null));
        }
    }

    private static void text(List<FieldDiff> changes, String field, String from, String to, Revision a, Revision b) {
        if (Objects.equals(from, to)) {
            return;
        }
        List<String> original = lines(from);
        List<String> revised = lines(to);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(
                "revision " + a.number(),
                "revision " + b.number(),
                original,
                DiffUtils.diff(original, revised),
                CONTEXT_LINES);
        changes.add(new FieldDiff(field, from, to, String.join("\n", unified) + "\n"));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
