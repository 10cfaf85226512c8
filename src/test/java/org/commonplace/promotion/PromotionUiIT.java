package org.commonplace.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.testsupport.Browser;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * An editor distils the seeded long thread through the workbench: Promote to wiki, one excerpt picked by selecting
 * text, Make the draft, Publish. The page then shows where it came from, the Sources page lists sections and posts,
 * and the thread shows its banner. Counts the clicks it takes (printed for the report).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PromotionUiIT {

    private static final String SEEDED = "Keeping quiet voices in a large online call";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** The seeded thread's id, looked up through the API page by page (it need not be on the first page). */
    private long seededThread() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int page = 1; page <= 20; page++) {
            String body = http.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/spaces/facilitation/boards/practice/threads?size=100&page=" + page))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\\{[^{}]*\"id\":(\\d+)[^{}]*\"title\":\"" + Pattern.quote(SEEDED) + "\"").matcher(body);
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        throw new AssertionError("the seeded thread is missing");
    }

    @Test
    void anEditorDistilsTheSeededLongThread() throws Exception {
        long threadId = seededThread();
        String title = "Quiet voices on large calls " + TestData.unique();
        int clicks = 0;
        try (Browser edith = new Browser(base)) {
            edith.signIn("edith");
            edith.open("/t/" + threadId);
            edith.await("promote-link").click();
            clicks++;
            edith.await("bench-title");
            assertThat(edith.driver().findElements(By.cssSelector(".wb-row"))).hasSizeGreaterThanOrEqualTo(30);
            edith.screenshots("promotion-workbench");

            // an excerpt: select the first sentence of the third post's text, as a mouse selection would
            WebElement row = edith.driver().findElements(By.cssSelector(".wb-row")).get(2);
            WebElement text = row.findElement(By.cssSelector(".wb-text"));
            String sentence = text.getText().substring(0, text.getText().indexOf('.') + 1);
            ((JavascriptExecutor) edith.driver()).executeScript(
                    "var pre = arguments[0], node = pre.firstChild, r = document.createRange();"
                    + "r.setStart(node, 0); r.setEnd(node, arguments[1]);"
                    + "var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                    + "pre.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));", text, sentence.length());
            assertThat(row.findElement(By.cssSelector(".wb-excerpt")).isDisplayed()).isTrue();
            assertThat(row.findElement(By.cssSelector(".wb-sel")).isSelected()).isTrue();

            // tick the main answers (the opening post is ticked already)
            for (String words : new String[] {"single biggest change", "Breakout rooms of three", "second channel, not a side channel",
                    "comfortable with silence", "Send the main question"}) {
                WebElement answer = edith.driver().findElements(By.cssSelector(".wb-row")).stream()
                        .filter(r -> r.findElement(By.cssSelector(".wb-text")).getText().contains(words)).findFirst().orElseThrow();
                WebElement tick = answer.findElement(By.cssSelector(".wb-sel"));
                ((JavascriptExecutor) edith.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", tick);
                tick.click();
                clicks++;
                assertThat(tick.isSelected()).isTrue();
            }
            clicks++; // the excerpt selection

            WebElement titleField = edith.find("bench:title");
            titleField.clear();
            titleField.sendKeys(title);
            edith.find("bench:draft").click();
            clicks++;
            WebElement draft = edith.await("draft:markdown");
            assertThat(draft.getAttribute("value")).contains("## Sources").contains("/t/" + threadId + "#p").contains(sentence);
            edith.screenshots("promotion-draft");

            edith.find("draft:publish").click();
            clicks++;
            edith.await("page-provenance");
            assertThat(edith.find("page-title").getText()).isEqualTo(title);
            assertThat(edith.find("from-discussion").getText()).contains("mia").contains("edith");
            edith.screenshots("promotion-page");

            edith.find("sources-link").click();
            edith.await("sources-table");
            assertThat(edith.driver().findElements(By.cssSelector(".source-section"))).hasSizeGreaterThanOrEqualTo(3);
            assertThat(edith.find("sources-table").getText()).contains("mo").contains("as promoted");
            edith.screenshots("promotion-sources");

            edith.open("/t/" + threadId);
            Browser.patiently(edith.driver())
                    .until(d -> d.findElements(By.cssSelector(".promotion-banner")).stream().anyMatch(b -> b.getText().contains(title)));
            WebElement banner = edith.driver().findElements(By.cssSelector(".promotion-banner")).stream()
                    .filter(b -> b.getText().contains(title)).findFirst().orElseThrow();
            assertThat(banner.getText()).contains("Promoted to").contains("(r1)").contains("by edith");
            assertThat(edith.driver().findElements(By.cssSelector(".promoted-mark"))).isNotEmpty();
            edith.screenshots("promotion-thread");
        }
        System.out.println("PROMOTION-INTERACTIONS from the thread page to the published page: " + clicks
                + " clicks (Promote to wiki, 5 ticks, 1 excerpt selection, Make the draft, Publish); the title is pre-filled from the thread (typed here only to be unique)");
    }

    /** A thread by mia in the Commons with one reply by mo; answers {threadId, replyId}. */
    private long[] threadWithReply(String title, String reply) throws Exception {
        HttpResponse<String> created = org.commonplace.testsupport.ApiClient.send(org.commonplace.testsupport.ApiClient
                .request(base, "/api/v1/spaces/commons/boards/general/threads", "mia").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"markdown\":\"What do you all think?\"}")));
        String location = created.headers().firstValue("Location").orElseThrow();
        long threadId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        HttpResponse<String> answered = org.commonplace.testsupport.ApiClient.send(org.commonplace.testsupport.ApiClient
                .request(base, "/api/v1/threads/" + threadId + "/posts", "mo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"markdown\":\"" + reply + "\"}")));
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(answered.body());
        assertThat(m.find()).isTrue();
        return new long[] {threadId, Long.parseLong(m.group(1))};
    }

    @Test
    void anEditorCollectsPostsFromTwoThreadsAndPromotesThemInTheWikiEditor() throws Exception {
        String tag = TestData.unique();
        long[] a = threadWithReply("Collecting one " + tag, "Agree on a shared agenda before the call.");
        long[] b = threadWithReply("Collecting two " + tag, "Close every call with one action per person.");
        try (Browser edith = new Browser(base)) {
            edith.signIn("edith");
            for (long[] t : new long[][] {a, b}) {
                edith.open("/t/" + t[0]);
                WebElement collect = edith.await("collect-" + t[1]);
                ((JavascriptExecutor) edith.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", collect);
                collect.click();
                Browser.patiently(edith.driver(), 10)
                        .until(d -> "true".equals(d.findElement(By.id("collect-" + t[1])).getAttribute("aria-pressed")));
            }
            edith.screenshots("promotion-collect");
            edith.find("collection-link").click();
            edith.await("bench-title");
            assertThat(edith.driver().findElements(By.cssSelector(".wb-thread")).stream().map(WebElement::getText).toList())
                    .anyMatch(t -> t.contains("Collecting one " + tag)).anyMatch(t -> t.contains("Collecting two " + tag));
            String body = edith.find("wb-posts").getText();
            assertThat(body).contains("shared agenda").contains("one action per person");
            edith.screenshots("promotion-collection");

            WebElement titleField = edith.find("bench:title");
            titleField.clear();
            titleField.sendKeys("Collected advice " + tag);
            edith.find("bench:draft").click();
            WebElement draft = edith.await("draft:markdown");
            assertThat(draft.getAttribute("value")).contains("shared agenda").contains("one action per person").contains("## Sources");
            assertThat(edith.driver().findElements(By.cssSelector(".editor-toolbar [data-md]"))).hasSizeGreaterThanOrEqualTo(5);
            edith.find("draft:preview-button").click();
            edith.awaitText("preview-text", "one action per person");
            edith.screenshots("promotion-collection-draft");
            edith.find("draft:publish").click();
            edith.await("page-provenance");
            assertThat(edith.find("page-title").getText()).isEqualTo("Collected advice " + tag);

            edith.open("/collection");
            edith.await("collection-empty");
        }
    }
}
