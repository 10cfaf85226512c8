package org.commonplace.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers and normalizers of the search index, with their names in one place. Only the standard
 * tokenizer, lower-casing, ASCII folding, English stop words and stemming and edge n-grams are used, so the
 * same definitions can be expressed on an Elasticsearch/OpenSearch backend when Commonplace scales out.
 */
public class SearchAnalyzers implements LuceneAnalysisConfigurer {

    /** English text: lower case, accents folded, stop words dropped, Porter stemming ("meetings" finds "meeting"). */
    public static final String ENGLISH = "cp_english";
    /** Exact words for quoted phrases: lower case and accents folded, no stemming, no stop words. */
    public static final String EXACT = "cp_exact";
    /** Title autocomplete at index time: every prefix (edge n-gram) of every word. */
    public static final String AUTOCOMPLETE = "cp_autocomplete";
    /** Keywords compared without case or accents (authors). */
    public static final String KEYWORD = "cp_keyword";

    static final int AUTOCOMPLETE_MAX_GRAM = 20;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
        context.analyzer(EXACT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(AUTOCOMPLETE).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram")
                .param("minGramSize", "1")
                .param("maxGramSize", Integer.toString(AUTOCOMPLETE_MAX_GRAM));
        context.normalizer(KEYWORD).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
