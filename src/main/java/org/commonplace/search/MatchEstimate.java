package org.commonplace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * How many documents a search can match, read from the index's term statistics without running it: what decides
 * whether its counts are worth a sample ({@link SearchService}).
 *
 * <p>{@link #bound()} is a true upper bound: every required group of words must match, and a group matches at most the
 * documents holding one of its words in one of the fields the query looks in (each typo-tolerant word with all the
 * indexed words within one edit). {@link #independent()} multiplies the groups' shares of the index as if words occurred
 * independently of one another: a guess, good for words picked apart ("daily retrospectives"), low for words that travel
 * together ("open source"). Filters (spaces, type, facet choices) and excluded words only ever match fewer.
 *
 * @param documents the documents of the index the search runs over
 */
record MatchEstimate(long bound, long independent, long documents) {

    /**
     * How many times the limit the independent guess must pass for a search to be sampled before any exact count. On
     * the benchmark's large data set, the guess of searches counted exactly ranged from a tenth of their true count to
     * about their count, and every search of more than 100,000 matches was guessed at more than 150,000.
     */
    static final long SAMPLE_FIRST = 4;

    /** How many counts of typo-tolerant words in one segment's field are kept ({@link #typoDocuments}). */
    static final int KEPT_TYPO_COUNTS = 20_000;

    /** A segment (its core: words and their document counts, which deletions do not change), a field and a word. */
    private record TypoCount(Object segment, String field, String word) {
    }

    /**
     * The documents of a segment's field holding a word within one edit of another, kept while the segment is in use:
     * walking the index's words with the word's automaton, for two fields in every segment, took 2% of the CPU time of
     * distinct searches on the benchmark's large data set, and searches share most of their words.
     */
    private static final Recent<TypoCount, Long> TYPO_COUNTS = new Recent<>(KEPT_TYPO_COUNTS);

    /** Reads the statistics of the words of {@code groups} (as {@link SearchQueries#requiredGroups} chose them). */
    static MatchEstimate of(IndexReader reader, List<List<QueryText.Term>> groups, Analyzer analyzer) {
        long documents = reader.numDocs();
        long bound = documents;
        double share = 1;
        try {
            for (List<QueryText.Term> alternatives : groups) {
                long matching = 0;
                for (QueryText.Term t : alternatives) {
                    matching += termDocuments(reader, t, analyzer);
                }
                matching = Math.min(documents, matching);
                bound = Math.min(bound, matching);
                share *= documents == 0 ? 0 : (double) matching / documents;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MatchEstimate(bound, Math.round(documents * share), documents);
    }

    /**
     * Whether a search is likely to match more than {@code limit} documents: certainly not when the bound says so, and,
     * for words that each match more, not when the independent guess stays under a few times the limit. The guess
     * over-counts a document found in several fields (a post's words and its thread's title), and a search thought
     * likely to stay under is counted with a cap at the limit, so a guess too low costs a pass stopped at the limit,
     * never a wrong figure.
     */
    boolean likelyExceeds(long limit) {
        return bound > limit && independent > SAMPLE_FIRST * limit;
    }

    /** At most how many documents one term of the query matches, over every field {@link SearchService} looks in. */
    private static long termDocuments(IndexReader reader, QueryText.Term t, Analyzer analyzer) throws IOException {
        if (t.phrase()) {
            long sum = 0;
            for (String field : List.of(SearchFields.TITLE_EXACT, SearchFields.BODY_EXACT, SearchFields.CONTEXT_EXACT)) {
                long rarest = Long.MAX_VALUE;
                for (String word : Highlighter.words(analyzer, field, t.text())) {
                    rarest = Math.min(rarest, reader.docFreq(new Term(field, word)));
                }
                sum += rarest == Long.MAX_VALUE ? 0 : rarest;
            }
            return sum;
        }
        long sum = 0;
        for (String word : Highlighter.words(analyzer, SearchFields.BODY, t.text())) {
            for (String field : List.of(SearchFields.TITLE, SearchFields.BODY)) {
                sum += t.fuzzy() ? typoDocuments(reader, field, word) : reader.docFreq(new Term(field, word));
            }
            for (String field : List.of(SearchFields.TAGS, SearchFields.CONTEXT)) {
                sum += reader.docFreq(new Term(field, word));
            }
        }
        BytesRef author = analyzer.normalize(SearchFields.AUTHOR, t.text());
        return sum + reader.docFreq(new Term(SearchFields.AUTHOR, author));
    }

    /** The documents holding any indexed word within one edit of {@code word} ({@link TypoQuery}'s words, all of them). */
    private static long typoDocuments(IndexReader reader, String field, String word) throws IOException {
        long sum = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
            TypoCount key = core == null ? null : new TypoCount(core.getKey(), field, word);
            Long kept = key == null ? null : TYPO_COUNTS.kept(key);
            if (kept == null) {
                kept = typoDocuments(leaf, field, word);
                if (key != null) {
                    TYPO_COUNTS.keep(key, kept);
                }
            }
            sum += kept;
        }
        return sum;
    }

    private static long typoDocuments(LeafReaderContext leaf, String field, String word) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
            return 0;
        }
        TermsEnum matching = TypoQuery.automaton(word).getTermsEnum(terms);
        long sum = 0;
        while (matching.next() != null) {
            sum += matching.docFreq();
        }
        return sum;
    }
}
