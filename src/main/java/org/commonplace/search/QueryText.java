package org.commonplace.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person typed into the search box, understood leniently: plain words (all required), "quoted
 * phrases" (matched exactly, without stemming), {@code -word} or {@code -"phrase"} to exclude, and {@code OR}
 * (or {@code |}) between two terms to accept either. Nothing here is a syntax error: an unclosed quote or a
 * stray operator is read as plain text. Pure Java, no Jakarta imports.
 */
public record QueryText(List<Group> required, List<Term> excluded) {

    /** The longest query accepted, in characters. */
    public static final int MAX_LENGTH = 1000;
    /** Words of at least this many characters tolerate one typo. */
    public static final int FUZZY_MIN_LENGTH = 4;

    /** A word or a quoted phrase. */
    public record Term(String text, boolean phrase) {
        /** Plain words long enough tolerate one edit (a typo); phrases and short words must match. */
        public boolean fuzzy() {
            return !phrase && text.codePointCount(0, text.length()) >= FUZZY_MIN_LENGTH;
        }
    }

    /** Terms of which at least one must match (one term unless joined by OR). */
    public record Group(List<Term> alternatives) {
        public Group {
            alternatives = List.copyOf(alternatives);
        }
    }

    public QueryText {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
    }

    public boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }

    /** All words and phrases that must or may match, for highlighting and "did you mean" style uses. */
    public List<Term> positiveTerms() {
        return required.stream().flatMap(g -> g.alternatives().stream()).toList();
    }

    private record Token(String text, boolean phrase, boolean negated, boolean or) {
    }

    public static QueryText parse(String input) {
        List<Token> tokens = tokenize(input == null ? "" : input);
        List<Group> required = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        List<Term> current = null;
        boolean joinNext = false;
        for (Token token : tokens) {
            if (token.or()) {
                joinNext = current != null;
                continue;
            }
            Term term = new Term(token.text(), token.phrase());
            if (token.negated()) {
                excluded.add(term);
                joinNext = false;
                continue;
            }
            if (joinNext && current != null) {
                current.add(term);
            } else {
                if (current != null) {
                    required.add(new Group(current));
                }
                current = new ArrayList<>();
                current.add(term);
            }
            joinNext = false;
        }
        if (current != null) {
            required.add(new Group(current));
        }
        return new QueryText(required, excluded);
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
                negated = true;
                i++;
                c = s.charAt(i);
            }
            if (c == '"') {
                int close = s.indexOf('"', i + 1);
                if (close > 0) {
                    String phrase = s.substring(i + 1, close).strip().replaceAll("\\s+", " ");
                    if (searchable(phrase)) {
                        tokens.add(new Token(phrase, true, negated, false));
                    }
                    i = close + 1;
                    continue;
                }
                i++; // an unclosed quote is read as plain text
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
                end++;
            }
            String word = s.substring(i, end);
            i = end;
            if (!negated && (word.equals("OR") || word.equals("|") || word.equals("||"))) {
                tokens.add(new Token(word, false, false, true));
            } else if (searchable(word)) {
                tokens.add(new Token(word, false, negated, false));
            }
        }
        return tokens;
    }

    /** Only the letters and digits of a text, as space-separated words (for more-like-this queries). */
    public static String plainWords(String text) {
        return text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Text with at least one letter or digit; anything else analyses to nothing. */
    static boolean searchable(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
