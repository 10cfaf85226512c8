package org.commonplace.markup;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list HTML sanitizer (OWASP Java HTML Sanitizer) that every piece of rendered user
 * content passes before it is shown. Whatever the renderer or a future change emits, only the
 * elements and attributes listed here survive:
 *
 * <ul>
 *   <li>text structure: p, br, hr, h1–h6 (with an {@code h-…} id), em, strong, del, s, code
 *       (with a {@code language-…} class), pre, blockquote, ul, ol ({@code start}), li;</li>
 *   <li>task-list checkboxes: {@code <input type="checkbox">}, always disabled;</li>
 *   <li>tables with {@code align} on cells;</li>
 *   <li>a ({@code href}, {@code title}, {@code class} wikilink / wikilink new) and img
 *       ({@code src}, {@code alt}, {@code title}), URLs checked by {@link SafeUrls};</li>
 *   <li>span and div with a class from a short allow-list;</li>
 *   <li>the phrasebook's term tooltips: a {@code term} link with {@code aria-describedby}, a span with
 *       {@code role="tooltip"} and a {@code term-tip-…} id.</li>
 * </ul>
 *
 * No {@code style} attribute or element, no event handlers, no iframe, object, embed, svg, math or
 * form elements. {@code rel} is decided here, not taken from the input: external links get
 * {@code nofollow noopener ugc}, links to pages that do not exist yet {@code nofollow}.
 */
public final class HtmlSanitizer {

    /** Classes allowed on span and div. */
    public static final Set<String> BOX_CLASSES = Set.of("wikilink-missing", "term", "toc", "term-wrap", "term-tip");

    static final String EXTERNAL_REL = "nofollow noopener ugc";

    private static final Pattern HEADING_ID = Pattern.compile("h-[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern CODE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern LINK_CLASS = Pattern.compile("wikilink(?: new)?|term");
    /** Ids of phrasebook tooltips (added at view time by phrasebook/TermMarker, never by the renderer). */
    private static final Pattern TERM_TIP_ID = Pattern.compile("term-tip-[a-z0-9-]{1,60}");
    private static final Pattern TOOLTIP = Pattern.compile("tooltip");
    private static final Pattern ALIGN = Pattern.compile("left|center|right");
    private static final Pattern OL_START = Pattern.compile("[0-9]{1,9}");
    private static final int MAX_TEXT_ATTRIBUTE = 1000;

    private static final AttributePolicy LINK_URL =
            (element, attribute, value) -> SafeUrls.isSafeLinkUrl(value) ? value : null;
    private static final AttributePolicy IMAGE_URL =
            (element, attribute, value) -> SafeUrls.isSafeImageUrl(value) ? value : null;
    private static final AttributePolicy SHORT_TEXT =
            (element, attribute, value) -> value.length() <= MAX_TEXT_ATTRIBUTE ? value : null;
    private static final AttributePolicy BOX_CLASS = (element, attribute, value) -> {
        String[] classes = value.trim().split(" +");
        for (String c : classes) {
            if (!BOX_CLASSES.contains(c)) {
                return null;
            }
        }
        return String.join(" ", classes);
    };

    /** Decides {@code rel} from the (already checked) href and class. */
    private static final ElementPolicy LINK_REL = (element, attrs) -> {
        String href = value(attrs, "href");
        String cls = value(attrs, "class");
        remove(attrs, "rel");
        if (href != null && SafeUrls.isExternal(href)) {
            attrs.add("rel");
            attrs.add(EXTERNAL_REL);
        } else if (cls != null && cls.endsWith(" new")) {
            attrs.add("rel");
            attrs.add("nofollow");
        }
        return element;
    };

    /** Only disabled checkboxes: a task list shows state, it is not a form. */
    private static final ElementPolicy CHECKBOX = (element, attrs) -> {
        if (!"checkbox".equalsIgnoreCase(value(attrs, "type"))) {
            return null;
        }
        boolean checked = value(attrs, "checked") != null;
        attrs.clear();
        attrs.addAll(List.of("type", "checkbox", "disabled", "disabled"));
        if (checked) {
            attrs.addAll(List.of("checked", "checked"));
        }
        return element;
    };

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
                    "em", "strong", "del", "s", "code", "pre", "blockquote",
                    "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "img", "span", "div")
            .allowElements(LINK_REL, "a")
            .allowElements(CHECKBOX, "input")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("id").matching(HEADING_ID).onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class").matching(CODE_CLASS).onElements("code")
            .allowAttributes("start").matching(OL_START).onElements("ol")
            .allowAttributes("align").matching(ALIGN).onElements("th", "td")
            .allowAttributes("type", "checked", "disabled").onElements("input")
            .allowAttributes("href").matching(LINK_URL).onElements("a")
            .allowAttributes("class").matching(LINK_CLASS).onElements("a")
            .allowAttributes("title").matching(SHORT_TEXT).onElements("a", "img")
            .allowAttributes("src").matching(IMAGE_URL).onElements("img")
            .allowAttributes("alt").matching(SHORT_TEXT).onElements("img")
            .allowAttributes("class").matching(BOX_CLASS).onElements("span", "div")
            .allowAttributes("aria-describedby").matching(TERM_TIP_ID).onElements("a")
            .allowAttributes("id").matching(TERM_TIP_ID).onElements("span")
            .allowAttributes("role").matching(TOOLTIP).onElements("span")
            .toFactory();

    private HtmlSanitizer() {
    }

    /** Sanitizes an HTML fragment; {@code null} gives an empty string. */
    public static String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return POLICY.sanitize(html);
    }

    private static String value(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                return attrs.get(i + 1);
            }
        }
        return null;
    }

    private static void remove(List<String> attrs, String name) {
        for (int i = attrs.size() - 2; i >= 0; i -= 2) {
            if (attrs.get(i).equals(name)) {
                attrs.remove(i + 1);
                attrs.remove(i);
            }
        }
    }
}
