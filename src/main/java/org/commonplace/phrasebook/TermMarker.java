package org.commonplace.phrasebook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.commonplace.markup.HtmlText;

/**
 * Marks the first occurrence of each phrasebook term (or one of its aliases) in sanitized HTML. Pure Java, no
 * Jakarta imports; built once per set of terms (one Aho–Corasick automaton over every term and alias, so the
 * cost of a pass does not grow with the number of terms) and safe to share between threads.
 *
 * <p>Rules: case-insensitive; whole words only (the characters either side of a match are not letters or
 * digits); never inside {@code code}, {@code pre}, {@code a} or a heading; each term is marked once per
 * fragment (its first occurrence, whichever of its phrases it is); overlapping matches prefer the one that
 * starts first, then the longer one.
 *
 * <p>The input is the output of {@link org.commonplace.markup.HtmlSanitizer} (well-formed tags, quoted
 * attributes, text escaped). Only text between tags changes: a text run holding a match is decoded, cut at the
 * match and written again escaped with {@link HtmlText#escape}; the marked word becomes
 * {@code <span class="term-wrap"><a class="term" href="..." aria-describedby="ID">word</a><span class="term-tip"
 * role="tooltip" id="ID">definition</span></span>} — every attribute value here is either fixed, a slug or an
 * escaped text.
 */
public final class TermMarker {

    /** One term as the marker needs it. {@code phrases} are the term and its aliases. */
    public record Entry(long id, String slug, String term, String definition, Collection<String> phrases) {
    }

    private static final Set<String> SKIP = Set.of("code", "pre", "a", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style",
            "textarea", "button");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "wbr", "meta", "link", "col", "area", "source");

    private final Trie trie;
    private final Map<String, Entry> byPhrase = new HashMap<>();
    private final boolean empty;

    public TermMarker(Collection<Entry> entries) {
        Trie.TrieBuilder builder = Trie.builder();
        for (Entry e : entries) {
            for (String phrase : e.phrases()) {
                String key = normalise(phrase);
                if (!key.isEmpty() && !byPhrase.containsKey(key)) {
                    byPhrase.put(key, e);
                    builder.addKeyword(key);
                }
            }
        }
        this.empty = byPhrase.isEmpty();
        this.trie = builder.build();
    }

    /** How many distinct phrases (terms and aliases) this marker knows. */
    public int size() {
        return byPhrase.size();
    }

    /** Lower case without changing the length (one char in, one char out), so offsets stay valid. */
    static String normalise(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars).strip();
    }

    /** The ids of the terms that occur (as whole words, anywhere) in plain text. */
    public Set<Long> find(String plainText) {
        Set<Long> found = new HashSet<>();
        if (empty || plainText == null) {
            return found;
        }
        String lower = lowerSameLength(plainText);
        for (Emit emit : trie.parseText(lower)) {
            if (wholeWord(lower, emit.getStart(), emit.getEnd() + 1)) {
                found.add(byPhrase.get(emit.getKeyword()).id());
            }
        }
        return found;
    }

    /**
     * Marks a sanitized HTML fragment. {@code idPrefix} makes the tooltip ids unique on the page (for example
     * {@code p42} for post 42); {@code hrefBase} is prefixed to {@code /phrasebook/{slug}} (the context path).
     */
    public String mark(String html, String idPrefix, String hrefBase) {
        if (empty || html == null || html.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        Deque<String> open = new ArrayDeque<>();
        int skipDepth = 0;
        Set<Long> done = new HashSet<>();
        int[] counter = {0};
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            int textEnd = lt < 0 ? n : lt;
            if (textEnd > i) {
                String text = html.substring(i, textEnd);
                out.append(skipDepth > 0 ? text : markText(text, done, idPrefix, hrefBase, counter));
            }
            if (lt < 0) {
                break;
            }
            int gt = html.indexOf('>', lt);
            if (gt < 0) {
                out.append(html, lt, n);
                break;
            }
            String tag = html.substring(lt, gt + 1);
            out.append(tag);
            String name = tagName(tag);
            if (name != null) {
                boolean closing = tag.startsWith("</");
                boolean selfClosing = tag.endsWith("/>") || VOID.contains(name);
                if (closing) {
                    // pop up to the matching element (the sanitizer's output is balanced; be lenient anyway)
                    if (open.contains(name)) {
                        while (!open.isEmpty()) {
                            String top = open.pop();
                            if (SKIP.contains(top)) {
                                skipDepth--;
                            }
                            if (top.equals(name)) {
                                break;
                            }
                        }
                    }
                } else if (!selfClosing) {
                    open.push(name);
                    if (SKIP.contains(name)) {
                        skipDepth++;
                    }
                }
            }
            i = gt + 1;
        }
        return out.toString();
    }

    private static String tagName(String tag) {
        int start = tag.startsWith("</") ? 2 : 1;
        int end = start;
        while (end < tag.length() && Character.isLetterOrDigit(tag.charAt(end))) {
            end++;
        }
        return end == start ? null : tag.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private String markText(String escaped, Set<Long> done, String idPrefix, String hrefBase, int[] counter) {
        String text = decode(escaped);
        String lower = lowerSameLength(text);
        List<Emit> emits = new ArrayList<>(trie.parseText(lower));
        if (emits.isEmpty()) {
            return escaped;
        }
        emits.sort(Comparator.comparingInt(Emit::getStart).thenComparing(Comparator.comparingInt(Emit::getEnd).reversed()));
        StringBuilder out = new StringBuilder(escaped.length() + 200);
        int pos = 0;
        boolean changed = false;
        for (Emit emit : emits) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (start < pos || !wholeWord(lower, start, end)) {
                continue;
            }
            Entry entry = byPhrase.get(emit.getKeyword());
            if (entry == null || done.contains(entry.id())) {
                continue;
            }
            done.add(entry.id());
            changed = true;
            String id = "term-tip-" + idPrefix + "-" + (++counter[0]);
            out.append(HtmlText.escape(text.substring(pos, start)));
            out.append("<span class=\"term-wrap\"><a class=\"term\" href=\"").append(hrefBase).append("/phrasebook/")
                    .append(HtmlText.escape(entry.slug())).append("\" aria-describedby=\"").append(id).append("\">")
                    .append(HtmlText.escape(text.substring(start, end))).append("</a><span class=\"term-tip\" role=\"tooltip\" id=\"")
                    .append(id).append("\">").append(HtmlText.escape(entry.definition())).append("</span></span>");
            pos = end;
        }
        if (!changed) {
            return escaped;
        }
        out.append(HtmlText.escape(text.substring(pos)));
        return out.toString();
    }

    private static String lowerSameLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** Decodes the character references the sanitizer writes (named basics and numeric ones). */
    static String decode(String escaped) {
        if (escaped.indexOf('&') < 0) {
            return escaped;
        }
        StringBuilder out = new StringBuilder(escaped.length());
        int i = 0;
        while (i < escaped.length()) {
            char c = escaped.charAt(i);
            int semi = c == '&' ? escaped.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String ref = escaped.substring(i + 1, semi);
                String decoded = switch (ref) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> "\u00a0";
                    default -> numeric(ref);
                };
                if (decoded != null) {
                    out.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String numeric(String ref) {
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)));
            }
            if (ref.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(ref.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
