package dev.servicedesk.kb;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps what readers search in step with what is published: every published language of an
 * article that is not archived, with its text as plain text (Markdown left out) and the article's
 * metadata; how many of those rows hold each lexeme (kb_lexeme: which words find anything, and
 * which are rare); and the vocabulary of all of it, which typos are corrected against. Runs in the
 * transaction that publishes or archives, so search never shows what was not committed.
 */
@ApplicationScoped
class SearchIndex {
    /**
     * Search rows change one article at a time, until the change commits: two publications never
     * wait for each other's lexeme counts the other way round. Taken at the end of a publication:
     * what it touches after this, only the holder of this lock (or of the same article) touches.
     * A two-part key, apart from the one-part keys of articles.
     */
    private static final String COUNTING = "SELECT pg_advisory_xact_lock(CAST(:space AS integer), 0)";

    private static final String REMOVE = """
            WITH removed AS (DELETE FROM kb_search WHERE article_id = :article RETURNING config, document, visibility)
            UPDATE kb_lexeme l SET documents = l.documents - r.documents,
                                   public_documents = l.public_documents - r.public_documents
            FROM (SELECT config, lexeme, count(*) AS documents,
                         count(*) FILTER (WHERE visibility = 'PUBLIC') AS public_documents
                  FROM removed, unnest(tsvector_to_array(document)) AS lexeme
                  GROUP BY config, lexeme) r
            WHERE l.config = r.config AND l.lexeme = r.lexeme""";
    private static final String ADD = """
            INSERT INTO kb_search (article_id, language, is_source, number, revision, type, category, visibility, tags,
                                   error_codes, error_keys, title, summary, body, terms, helpfulness)
            VALUES (:article, :language, :source, :number, :revision, :type, :category, :visibility,
                    CAST(:tags AS text[]), CAST(:errorCodes AS text[]), CAST(:errorKeys AS text[]), :title, :summary, :body, :terms,
                    kb_helpfulness(:article))""";
    private static final String COUNT = """
            INSERT INTO kb_lexeme (config, lexeme, documents, public_documents)
            SELECT config, lexeme, count(*), count(*) FILTER (WHERE visibility = 'PUBLIC')
            FROM kb_search, unnest(tsvector_to_array(document)) AS lexeme
            WHERE article_id = :article
            GROUP BY config, lexeme
            ORDER BY config, lexeme
            ON CONFLICT (config, lexeme) DO UPDATE
            SET documents = kb_lexeme.documents + EXCLUDED.documents,
                public_documents = kb_lexeme.public_documents + EXCLUDED.public_documents""";
    private static final int COUNTING_SPACE = 0x6b62;

    /** In word order, so that two publications never wait for each other's words the other way round. */
    private static final String LEARN = """
            INSERT INTO kb_word SELECT w FROM unnest(CAST(:words AS text[])) AS w ORDER BY w ON CONFLICT DO NOTHING""";

    private final RevisionRepository revisions;

    SearchIndex(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    /** Replaces what search holds of {@code article} by its published languages, unless it is archived. */
    Uni<Void> reindex(Article article) {
        Uni<Integer> removed = Panache.getSession()
                .chain(session -> session.createNativeQuery(ArticleVotes.SERIALISE)
                        .setParameter("key", ArticleVotes.lockKey(article.id()))
                        .getSingleResult()
                        .chain(() -> session.createNativeQuery(COUNTING)
                                .setParameter("space", COUNTING_SPACE)
                                .getSingleResult())
                        .chain(() -> session.createNativeQuery(REMOVE)
                                .setParameter("article", article.id())
                                .executeUpdate()));
        if (article.archivedAt() != null) {
            return removed.replaceWithVoid();
        }
        List<Integer> published = article.languages().versions().stream()
                .filter(version -> version.published() != null)
                .map(version -> version.published().revision())
                .toList();
        if (published.isEmpty()) {
            return removed.replaceWithVoid();
        }
        return removed.chain(() -> revisions.findAll(List.of(article.id()), published))
                .chain(found -> add(article, found, 0))
                .call(() -> count(article))
                .chain(found -> learn(found));
    }

    private Uni<List<Revision>> add(Article article, List<Revision> found, int index) {
        if (index == found.size()) {
            return Uni.createFrom().item(found);
        }
        Revision revision = found.get(index);
        ArticleText text = revision.text();
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(ADD)
                        .setParameter("article", article.id())
                        .setParameter("language", revision.language())
                        .setParameter("source", article.isSource(revision.language()))
                        .setParameter("number", article.number())
                        .setParameter("revision", revision.number())
                        .setParameter("type", article.type().name())
                        .setParameter("category", article.category().name())
                        .setParameter("visibility", article.visibility().name())
                        .setParameter("tags", article.tags().toArray(String[]::new))
                        .setParameter("errorCodes", article.errorCodes().toArray(String[]::new))
                        .setParameter(
                                "errorKeys",
                                article.errorCodes().stream()
                                        .map(ErrorCodes::key)
                                        .toArray(String[]::new))
                        .setParameter("title", text.title())
                        .setParameter("summary", text.summary())
                        .setParameter("body", Markdown.toPlainText(text.body()))
                        .setParameter("terms", String.join("\n", terms(article, text)))
                        .executeUpdate())
                .chain(() -> add(article, found, index + 1));
    }

    private Uni<Integer> count(Article article) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(COUNT)
                        .setParameter("article", article.id())
                        .executeUpdate());
    }

    private Uni<Void> learn(List<Revision> found) {
        Set<String> words = new LinkedHashSet<>();
        for (Revision revision : found) {
            ArticleText text = revision.text();
            Stream.concat(Stream.of(text.title(), text.summary(), text.body()), text.keywords().stream())
                    .forEach(part -> words.addAll(Vocabulary.words(part)));
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LEARN)
                        .setParameter("words", words.toArray(String[]::new))
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static List<String> terms(Article article, ArticleText text) {
        List<String> terms = new ArrayList<>(text.keywords());
        terms.addAll(article.tags());
        terms.addAll(article.errorCodes());
        return terms;
    }
}
