package org.commonplace.search;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * What a words field's analysis (stemming, stop words) makes of each word of a text, kept from one search to the next.
 * {@link Highlighter} splits a hit's text once, with the exact field's analysis, which also serves quoted phrases, and
 * looks each word up here: stemming every word of ten texts again for every search took a tenth of a search's CPU time
 * on the benchmark's large data set, and a community's texts use the same few thousand words over and over.
 *
 * <p>A word's forms here are those it has in its text: both analyses split text with the same tokenizer, which leaves one
 * of its own tokens whole, and the words field's filters work token by token. Words are kept as written (case and
 * accents included), at most {@value #MAX_KEPT} of them; when that many are kept, they are dropped and kept again as
 * they come. Thread-safe.
 */
final class Stems {

    static final int MAX_KEPT = 50_000;
    /** Longer tokens (a URL, a pasted hash) are analyzed each time rather than kept. */
    static final int MAX_KEPT_LENGTH = 40;
    private static final String[] NONE = {};

    private final Analyzer analyzer;
    private final String field;
    private final ConcurrentHashMap<String, String[]> kept = new ConcurrentHashMap<>();

    /** The forms of words in {@code field} as {@code analyzer} (which picks the analysis by field name) makes them. */
    Stems(Analyzer analyzer, String field) {
        this.analyzer = analyzer;
        this.field = field;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    String field() {
        return field;
    }

    /** The indexed forms of one word as written: usually one, none for a stop word. */
    String[] of(String word) {
        String[] forms = kept.get(word);
        if (forms == null) {
            List<String> analyzed = Highlighter.words(analyzer, field, word);
            forms = analyzed.isEmpty() ? NONE : analyzed.toArray(String[]::new);
            if (word.length() <= MAX_KEPT_LENGTH) {
                if (kept.size() >= MAX_KEPT) {
                    kept.clear();
                }
                kept.put(word, forms);
            }
        }
        return forms;
    }
}
