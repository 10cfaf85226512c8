package org.commonplace.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, deliberately suspicious scan of rendered HTML for anything that could run script or
 * restyle the page (jsoup is not available). Returns what it found wrong; empty means safe.
 */
final class HtmlScan {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s=>/\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);?");
    private static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4",
            "h5", "h6", "em", "strong", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "input",
            "table", "thead", "tbody", "tr", "th", "td", "a", "img", "span", "div");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction",
            "xlink:href", "background", "poster", "srcset", "data", "codebase", "cite");

    private HtmlScan() {
    }

    static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        String lower = html.toLowerCase(Locale.ROOT);
        for (String fragment : List.of("<script", "<iframe", "<svg", "<math", "<object", "<embed",
                "<style", "<link", "<meta", "<base", "<form", "<frame", "<applet", "style=")) {
            if (lower.contains(fragment)) {
                problems.add("contains " + fragment);
            }
        }
        if (Pattern.compile("\\son[a-z]+\\s*=").matcher(lower).find()) {
            problems.add("contains an on*= handler");
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String element = tag.group(1).toLowerCase(Locale.ROOT);
            if (!ALLOWED_ELEMENTS.contains(element)) {
                problems.add("element " + element);
            }
            Matcher attr = ATTRIBUTE.matcher(tag.group(2));
            while (attr.find()) {
                String name = attr.group(1).toLowerCase(Locale.ROOT);
                String value = attr.group(2) == null ? "" : unquote(attr.group(2));
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) {
                    problems.add("attribute " + name + " on " + element);
                }
                if (URL_ATTRIBUTES.contains(name) && hasDangerousScheme(value)) {
                    problems.add("dangerous URL in " + name + ": " + value);
                }
            }
        }
        return problems;
    }

    /** Entity-decodes, drops everything invisible, and looks for a script-capable scheme. */
    static boolean hasDangerousScheme(String value) {
        String decoded = decodeEntities(value);
        StringBuilder visible = new StringBuilder();
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (!SafeUrls.isInvisibleOrControl(c)) {
                visible.append(Character.toLowerCase(c));
            }
        }
        String v = visible.toString();
        return v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:")
                || v.startsWith("livescript:");
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String decodeEntities(String v) {
        String s = v;
        for (int round = 0; round < 3; round++) {
            Matcher m = NUMERIC_ENTITY.matcher(s);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String n = m.group(1);
                int cp;
                try {
                    cp = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    cp = '?';
                }
                m.appendReplacement(b, Matcher.quoteReplacement(
                        Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "?"));
            }
            m.appendTail(b);
            s = b.toString().replace("&colon;", ":").replace("&Tab;", "\t").replace("&NewLine;", "\n")
                    .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        }
        return s;
    }
}
