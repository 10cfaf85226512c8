package org.commonplace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.commonplace.markup.HtmlText;

/**
 * Marks what a search matched in a hit's title and text, and cuts the text to a snippet around the first match.
 *
 * <p>Built once per search: the typed words are analyzed with the index's own analyzers, and each typo-tolerant word
 * becomes one Levenshtein automaton (one edit, the first letter fixed: the same rule as the query). Each hit's text is
 * then split once, with the exact field's analysis: its tokens are compared with quoted phrases as they are, and with
 * the typed words in the forms the words field gives them, which {@link Stems} keeps from one search to the next.
 * Lucene's highlighters, as Hibernate Search drives them, rebuild the automata for every hit and field, which took most
 * of a search's time (measured: 42% with the plain highlighter, 76% with the unified one, on the medium benchmark data
 * set).
 *
 * <p>The output is HTML: the text escaped, with only {@code <mark>} and {@code </mark>} added.
 */
final class Highlighter {

    /** Longest stretch of a text analyzed for matches; a snippet from a text longer than this comes from its opening. */
    static final int MAX_ANALYZED = 20_000;
    private static final String ELLIPSIS = "…";
    /** The automaton of the words within one edit of a word (its first letter fixed), kept as {@link TypoQuery} keeps its own. */
    private static final Recent<String, CharacterRunAutomaton> TYPOS = new Recent<>(TypoQuery.KEPT_AUTOMATA,
            word -> new CharacterRunAutomaton(new LevenshteinAutomata(word.substring(1), true).toAutomaton(1, word.substring(0, 1))));

    private final Stems stems;
    private final String exactField;
    private final Set<String> words = new HashSet<>();
    /**
     * The first letters of {@link #words} (which typo-tolerant words keep too): a token of the text that starts with none
     * of them cannot match a word, and is not looked up ({@link #mayMatchWord}).
     */
    private final String firstLetters;
    private final List<CharacterRunAutomaton> typos = new ArrayList<>();
    private final List<List<String>> phrases = new ArrayList<>();

    private record Span(int start, int end) {
    }

    private record Token(String text, int start, int end) {
    }

    /**
     * @param stems the forms of words in the stemmed text field whose analysis plain words get; its analyzer picks the
     *        analysis by field name (the index's search analyzer)
     * @param exactField the exact field whose analysis quoted phrases get, and which splits texts into words
     */
    Highlighter(QueryText query, Stems stems, String exactField) {
        this.stems = stems;
        this.exactField = exactField;
        String wordsField = stems.field();
        StringBuilder letters = new StringBuilder();
        for (QueryText.Term term : query.positiveTerms()) {
            if (term.phrase()) {
                List<String> tokens = tokens(exactField, term.text()).stream().map(Token::text).toList();
                if (!tokens.isEmpty()) {
                    phrases.add(tokens);
                }
                continue;
            }
            for (Token t : tokens(wordsField, term.text())) {
                if (words.add(t.text()) && letters.indexOf(t.text().substring(0, 1)) < 0) {
                    letters.append(t.text().charAt(0));
                }
                if (term.fuzzy() && t.text().length() > 1) {
                    typos.add(TYPOS.get(t.text()));
                }
            }
        }
        this.firstLetters = letters.toString();
    }

    /** The whole text with the matches marked (for titles). */
    String mark(String text) {
        if (text == null) {
            return null;
        }
        return render(text, matches(text, Integer.MAX_VALUE), 0, text.length());
    }

    /**
     * About {@code maxChars} characters of the text around its first match, marked; {@code null} when nothing in the
     * text matched (the caller shows the text's opening instead).
     */
    String snippet(String text, int maxChars) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<Span> spans = matches(text, maxChars);
        if (spans.isEmpty()) {
            return null;
        }
        int first = spans.get(0).start();
        int start = Math.max(0, first - maxChars / 3);
        if (start > 0) {
            start = nextWordStart(text, start, first);
        }
        int end = Math.min(text.length(), start + maxChars);
        if (end < text.length()) {
            end = previousWordEnd(text, end, first + 1);
            if (Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
        }
        return (start > 0 ? ELLIPSIS : "") + render(text, spans, start, end) + (end < text.length() ? " " + ELLIPSIS : "");
    }

    /**
     * The matches in the text, merged where they touch. Analysis stops {@code window} characters after the first match,
     * since a snippet shows nothing beyond (long pages whose first match comes early are not analyzed to their end).
     */
    private List<Span> matches(String text, int window) {
        String analyzed = text.length() > MAX_ANALYZED ? text.substring(0, MAX_ANALYZED) : text;
        List<Span> spans = new ArrayList<>();
        if (words.isEmpty() && phrases.isEmpty()) {
            return spans;
        }
        int[] limit = {Integer.MAX_VALUE};
        int longest = phrases.stream().mapToInt(List::size).max().orElse(0);
        List<Token> recent = new ArrayList<>();
        analyze(stems.analyzer(), exactField, analyzed, (term, start, end) -> {
            if (start > limit[0]) {
                return false;
            }
            if (mayMatchWord(term)) {
                for (String form : stems.of(analyzed.substring(start, end))) {
                    if (matchesWord(form)) {
                        spans.add(new Span(start, end));
                        limit[0] = Math.min(limit[0], saturated(start, window));
                        break;
                    }
                }
            }
            if (longest > 0) {
                recent.add(new Token(term.toString(), start, end));
                if (recent.size() > longest) {
                    recent.remove(0);
                }
                for (List<String> phrase : phrases) {
                    if (endsWith(recent, phrase)) {
                        int first = recent.get(recent.size() - phrase.size()).start();
                        spans.add(new Span(first, end));
                        limit[0] = Math.min(limit[0], saturated(first, window));
                    }
                }
            }
            return true;
        });
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static int saturated(int start, int window) {
        return (int) Math.min(Integer.MAX_VALUE, (long) start + window);
    }

    private static boolean endsWith(List<Token> recent, List<String> phrase) {
        int offset = recent.size() - phrase.size();
        if (offset < 0) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!recent.get(offset + k).text().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a token of the exact field's analysis may have a form that matches a word: only if it starts with the first
     * letter of one. Both analyses tokenize alike, lower-case and fold accents before anything else changes the word,
     * and neither the possessive nor the stemming filter touches a word's first letter; a typo keeps it too (see
     * {@link TypoQuery#PREFIX_LENGTH}). Most tokens of a text fail this test, which spares looking up their forms.
     */
    private boolean mayMatchWord(CharSequence token) {
        return token.length() > 0 && firstLetters.indexOf(token.charAt(0)) >= 0;
    }

    private boolean matchesWord(String token) {
        if (words.contains(token)) {
            return true;
        }
        for (CharacterRunAutomaton typo : typos) {
            if (typo.run(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is told each token of an analyzed text, in order, with its offsets in the text; {@code false} stops the
     * analysis. The term is the analysis's buffer, valid only during the call.
     */
    interface TokenSink {
        boolean accept(CharSequence term, int start, int end);
    }

    private List<Token> tokens(String field, String text) {
        List<Token> out = new ArrayList<>();
        analyze(stems.analyzer(), field, text, (term, start, end) -> out.add(new Token(term.toString(), start, end)));
        return out;
    }

    /** The tokens of a text as the field's analysis makes them (for query words: a few per search). */
    static List<String> words(Analyzer analyzer, String field, String text) {
        List<String> words = new ArrayList<>();
        analyze(analyzer, field, text, (word, start, end) -> words.add(word.toString()));
        return words;
    }

    /** Runs the text through the field's analysis, telling the sink each token until it answers {@code false}. */
    static void analyze(Analyzer analyzer, String field, String text, TokenSink sink) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!sink.accept(term, offset.startOffset(), offset.endOffset())) {
                    break;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(String text, List<Span> spans, int from, int to) {
        StringBuilder html = new StringBuilder();
        int at = from;
        for (Span s : spans) {
            if (s.end() <= from || s.start() >= to) {
                continue;
            }
            int start = Math.max(s.start(), from);
            int end = Math.min(s.end(), to);
            html.append(HtmlText.escape(text.substring(at, start)));
            html.append("<mark>").append(HtmlText.escape(text.substring(start, end))).append("</mark>");
            at = end;
        }
        html.append(HtmlText.escape(text.substring(at, to)));
        return html.toString();
    }

    /** The start of the first word at or after {@code from}, not beyond {@code limit}. */
    private static int nextWordStart(String text, int from, int limit) {
        if (Character.isWhitespace(text.charAt(from - 1))) {
            return from;
        }
        int i = from;
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the last whole word before {@code to}, not before {@code limit}. */
    private static int previousWordEnd(String text, int to, int limit) {
        if (Character.isWhitespace(text.charAt(to))) {
            return to;
        }
        int i = to;
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        while (i > limit && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > limit ? i : to;
    }
}
