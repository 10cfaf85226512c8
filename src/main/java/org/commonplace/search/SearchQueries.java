package org.commonplace.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.commonplace.search.QueryText.Group;

/**
 * The Lucene queries of a search: the typed words ({@link #userQuery}) and the filters around them. Built as Lucene
 * queries, not through Hibernate Search's predicate DSL, so that one query both ranks the hits and feeds
 * {@link FacetCounter} in the same pass (Hibernate Search has no hook for a collector of one's own); autocomplete and
 * similar threads take the same space filter through {@code fromLuceneQuery}.
 *
 * <p>Field by field, the queries are those Hibernate Search's {@code match} and {@code phrase} predicates build over
 * the same fields (each field's search analyzer, fields joined as optional clauses, a field's weight as a boost).
 */
final class SearchQueries {

    /**
     * A word in a title outweighs the same word in a short post's body plus its thread title (BM25 favours short texts,
     * and at 3 a two-line reply could outrank the page named after the word, depending on the index's statistics).
     */
    static final float TITLE_BOOST = 4f;
    /** A post matched only through its thread's title ranks below the thread itself and below posts that say it. */
    static final float CONTEXT_BOOST = 0.5f;

    private SearchQueries() {
    }

    /**
     * The typed words as a Lucene query: every group must match, excluded terms must not. Words the text analysis drops
     * (stop words such as "the" or "with") are not required, so "the retrospective" finds what "retrospective" finds; a
     * query of nothing but such words looks for them as typed, in the exact fields.
     */
    static Query userQuery(QueryText text, Analyzer analyzer) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        Map<String, List<String>> analyzed = new HashMap<>();
        Function<QueryText.Term, List<String>> words = t -> analyzed.computeIfAbsent(t.text(),
                w -> Highlighter.words(analyzer, SearchFields.BODY, w));
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        List<List<QueryText.Term>> groups = requiredGroups(text, words);
        if (groups.isEmpty()) {
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (List<QueryText.Term> alternatives : groups) {
            if (alternatives.size() == 1) {
                bool.add(term(builder, analyzer, alternatives.get(0), true, words), Occur.MUST);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
                for (QueryText.Term t : alternatives) {
                    any.add(term(builder, analyzer, t, true, words), Occur.SHOULD);
                }
                bool.add(any.build(), Occur.MUST);
            }
        }
        for (QueryText.Term t : text.excluded()) {
            bool.add(term(builder, analyzer, t, false, words), Occur.MUST_NOT);
        }
        return bool.build();
    }

    /**
     * The groups of alternatives a document must match, one of each: the typed groups without the words the analysis
     * drops (stop words); a query of nothing but such words keeps them all, as phrases searched in the exact fields.
     */
    static List<List<QueryText.Term>> requiredGroups(QueryText text, Function<QueryText.Term, List<String>> words) {
        List<List<QueryText.Term>> groups = new ArrayList<>();
        for (Group group : text.required()) {
            List<QueryText.Term> meaningful = group.alternatives().stream().filter(t -> t.phrase() || !words.apply(t).isEmpty())
                    .toList();
            if (!meaningful.isEmpty()) {
                groups.add(meaningful);
            }
        }
        if (groups.isEmpty() && !text.required().isEmpty()) {
            for (Group group : text.required()) {
                groups.add(group.alternatives().stream().map(t -> new QueryText.Term(t.text(), true)).toList());
            }
        }
        return groups;
    }

    /** The filter that keeps only documents of these spaces (none when there are none). */
    static Query readable(Collection<Long> spaceIds) {
        return spaceIds.isEmpty() ? new MatchNoDocsQuery("no readable space") : LongPoint.newSetQuery(SearchFields.SPACE_ID, spaceIds);
    }

    /** Documents whose field holds exactly this number. */
    static Query exact(String field, long value) {
        return LongPoint.newExactQuery(field, value);
    }

    /** Documents whose keyword field holds this value, normalized as the field is (lower case for the author). */
    static Query keyword(Analyzer analyzer, String field, String value) {
        return new TermQuery(new Term(field, analyzer.normalize(field, value)));
    }

    private static Query term(QueryBuilder builder, Analyzer analyzer, QueryText.Term t, boolean lenient,
            Function<QueryText.Term, List<String>> words) {
        if (t.phrase()) {
            return anyOf(
                    boost(builder.createPhraseQuery(SearchFields.TITLE_EXACT, t.text()), TITLE_BOOST),
                    builder.createPhraseQuery(SearchFields.BODY_EXACT, t.text()),
                    boost(builder.createPhraseQuery(SearchFields.CONTEXT_EXACT, t.text()), CONTEXT_BOOST));
        }
        Query text;
        if (lenient && t.fuzzy()) {
            // Typo tolerance on titles and bodies, through TypoQuery, which keeps each word's automaton instead of
            // building it again for every search and field as Lucene's fuzzy query does. Tags are labels picked from a
            // list, and a post's thread title is matched, typos and all, as the thread's own title.
            List<Query> typos = new ArrayList<>();
            for (String word : words.apply(t)) {
                typos.add(new BoostQuery(new TypoQuery(new Term(SearchFields.TITLE, word)), TITLE_BOOST));
                typos.add(new TypoQuery(new Term(SearchFields.BODY, word)));
            }
            text = anyOf(typos.toArray(Query[]::new));
        } else {
            text = anyOf(boost(builder.createBooleanQuery(SearchFields.TITLE, t.text()), TITLE_BOOST),
                    builder.createBooleanQuery(SearchFields.BODY, t.text()));
        }
        return anyOf(text,
                anyOf(builder.createBooleanQuery(SearchFields.TAGS, t.text()),
                        boost(builder.createBooleanQuery(SearchFields.CONTEXT, t.text()), CONTEXT_BOOST)),
                keyword(analyzer, SearchFields.AUTHOR, t.text()));
    }

    /** Documents matching any of these queries (null ones, texts the analysis left empty, match nothing). */
    private static Query anyOf(Query... queries) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query q : queries) {
            any.add(q == null ? new MatchNoDocsQuery() : q, Occur.SHOULD);
        }
        return any.build();
    }

    private static Query boost(Query q, float boost) {
        return q == null ? null : new BoostQuery(q, boost);
    }
}
