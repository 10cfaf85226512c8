package org.commonplace.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A typo-tolerant term: the indexed words within one edit of it (insertion, deletion, substitution or transposition,
 * the first letter fixed), ranked and blended as Lucene's {@link FuzzyQuery} does: the exact word weighs 1, a word one
 * edit away {@code 1 - 1/length}, and at most {@value #MAX_EXPANSIONS} words take part.
 *
 * <p>Unlike {@link FuzzyQuery}, which builds its automata again every time a search runs, for every field, the automaton
 * of a word is built once and kept (up to {@value #KEPT_AUTOMATA} words, least recently used dropped first). Building
 * them took a fifth of a search's CPU time on the benchmark's large data set: a search runs its query twice (a sample
 * for the counts, then the page of hits) over two typo-tolerant fields.
 */
final class TypoQuery extends MultiTermQuery {

    static final int MAX_EDITS = 1;
    static final int PREFIX_LENGTH = 1;
    static final int MAX_EXPANSIONS = 50;
    static final int KEPT_AUTOMATA = 500;

    private static final Recent<String, CompiledAutomaton> AUTOMATA = new Recent<>(KEPT_AUTOMATA,
            text -> FuzzyQuery.getFuzzyAutomaton(text, MAX_EDITS, PREFIX_LENGTH, true));

    private final Term term;
    private final int length;
    private final CompiledAutomaton automaton;

    /** {@code term}: the word as the field's analyzer made it (lower case, stemmed). */
    TypoQuery(Term term) {
        super(term.field(), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
        this.term = term;
        this.length = term.text().codePointCount(0, term.text().length());
        this.automaton = automaton(term.text());
    }

    /** The automaton of the words within one edit of {@code text}, built once. */
    static CompiledAutomaton automaton(String text) {
        return AUTOMATA.get(text);
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        BytesRef exact = term.bytes();
        TermsEnum matching = automaton.getTermsEnum(terms);
        return new FilterLeafReader.FilterTermsEnum(matching) {
            private final BoostAttribute boost = matching.attributes().addAttribute(BoostAttribute.class);

            @Override
            public BytesRef next() throws IOException {
                BytesRef next = in.next();
                if (next != null) {
                    boolean same = next.bytesEquals(exact);
                    boost.setBoost(same ? 1f : 1f - 1f / Math.max(1, Math.min(UnicodeUtil.codePointCount(next), length)));
                }
                return next;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.consumeTermsMatching(this, field, () -> automaton.runAutomaton);
        }
    }

    @Override
    public String toString(String field) {
        return (term.field().equals(field) ? "" : term.field() + ":") + term.text() + "~" + MAX_EDITS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypoQuery t && t.term.equals(term);
    }

    @Override
    public int hashCode() {
        return Objects.hash(TypoQuery.class, term);
    }
}
