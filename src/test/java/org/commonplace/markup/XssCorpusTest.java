package org.commonplace.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders every payload of {@code xss/payloads.txt} with three resolvers (all missing, a proper one,
 * and a careless one that puts the raw title into the URL) and scans the output for anything that
 * could run script or restyle the page.
 */
class XssCorpusTest {

    private static final MarkupRenderer RENDERER = new MarkupRenderer();

    private static final Map<String, LinkResolver> RESOLVERS = Map.of(
            "all-missing", LinkResolver.ALL_MISSING,
            "proper", (space, title) -> title.length() % 2 == 0
                    ? LinkResolution.exists("/s/" + (space == null ? "here" : space) + "/wiki/" + Slugs.slugify(title))
                    : LinkResolution.creatable("/s/here/wiki/" + Slugs.slugify(title) + "/edit"),
            "careless", (space, title) -> LinkResolution.exists(title));

    @TestFactory
    Stream<DynamicNode> noPayloadProducesUnsafeOutput() throws IOException {
        List<String> payloads = loadPayloads();
        int n = payloads.size();
        AtomicInteger unsafe = new AtomicInteger();
        AtomicInteger renders = new AtomicInteger();
        List<DynamicNode> tests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String payload = payloads.get(i);
            tests.add(DynamicTest.dynamicTest("payload " + (i + 1) + "/" + n + ": " + printable(payload), () -> {
                for (Map.Entry<String, LinkResolver> resolver : RESOLVERS.entrySet()) {
                    String html = RENDERER.render(payload, resolver.getValue()).html();
                    renders.incrementAndGet();
                    List<String> problems = HtmlScan.problems(html);
                    if (!problems.isEmpty()) {
                        unsafe.incrementAndGet();
                    }
                    assertThat(problems).as("resolver %s, output %s", resolver.getKey(), html).isEmpty();
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("XSS payloads: " + n + " (" + n * RESOLVERS.size()
                + " renders), unsafe outputs: 0", () -> {
            assertThat(n).isGreaterThanOrEqualTo(60);
            assertThat(renders.get()).isEqualTo(n * RESOLVERS.size());
            assertThat(unsafe.get()).isZero();
        }));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicNode> expressionsComeOutAsInertText() {
        return Stream.of("#{facesContext.externalContext}", "${applicationScope}", "#{''.getClass()}")
                .map(expr -> DynamicTest.dynamicTest(expr, () -> {
                    String html = RENDERER.render("value " + expr).html();
                    assertThat(html).startsWith("<p>value ").doesNotContain("<script");
                    assertThat(html.replace("&#39;", "'")).contains(expr);
                }));
    }

    static List<String> loadPayloads() throws IOException {
        try (InputStream in = XssCorpusTest.class.getResourceAsStream("/xss/payloads.txt")) {
            assertThat(in).as("xss/payloads.txt on the test class path").isNotNull();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> payloads = new ArrayList<>();
            for (String line : all.split("\n")) {
                if (!line.isBlank() && !line.startsWith("## ")) {
                    payloads.add(unescape(line));
                }
            }
            return payloads;
        }
    }

    /** Decodes \n, \t, \r, \0, \\ and \\uXXXX; any other backslash stays as written. */
    static String unescape(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 >= line.length()) {
                b.append(c);
                continue;
            }
            char e = line.charAt(i + 1);
            switch (e) {
                case 'n' -> { b.append('\n'); i++; }
                case 't' -> { b.append('\t'); i++; }
                case 'r' -> { b.append('\r'); i++; }
                case '0' -> { b.append('\0'); i++; }
                case '\\' -> { b.append('\\'); i++; }
                case 'u' -> {
                    if (i + 5 < line.length() && line.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                        b.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                        i += 5;
                    } else {
                        b.append(c);
                    }
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String printable(String payload) {
        StringBuilder b = new StringBuilder();
        payload.codePoints().limit(80).forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || Character.getType(cp) == Character.FORMAT
                    || cp == 0x2028 || cp == 0x2029) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
