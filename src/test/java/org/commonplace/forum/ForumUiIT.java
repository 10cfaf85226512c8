package org.commonplace.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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

/** The forum in a real browser: start a thread, answer a specific post, mark helpful, edit, read flat. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void membersConverseInAReplyTree() {
        String title = "Check-in formats " + TestData.unique();
        String threadUrl;
        try (Browser mia = new Browser(base)) {
            mia.signIn("mia");
            mia.open("/s/facilitation/forum/practice");
            mia.find("newThread:title").sendKeys(title);
            mia.find("newThread:markdown").sendKeys("Which check-in works for a group of 20?");
            mia.find("newThread:submit").click();
            mia.awaitText("posts", "group of 20");
            threadUrl = mia.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceAll("#.*$", "");
        }
        try (Browser edith = new Browser(base)) {
            edith.signIn("edith");
            edith.open(threadUrl);
            edith.driver().findElement(By.className("reply-link")).click();
            assertThat(edith.await("reply:markdown").isDisplayed()).isTrue();
            edith.find("reply:markdown").sendKeys("One word each, then pass.");
            edith.find("reply:submit").click();
            edith.awaitText("posts", "One word each");
            edith.driver().findElements(By.cssSelector("input[id$='helpful']")).get(0).click();
            // The button is replaced when the vote comes back: while it is away, there is nothing to read yet.
            Browser.patiently(edith.driver()).until(d -> d.findElements(By.cssSelector("input[id$='helpful']")).stream().findFirst()
                    .map(button -> button.getAttribute("value").contains("(1)")).orElse(false));
        }
        try (Browser mia = new Browser(base)) {
            mia.signIn("mia");
            assertThat(mia.find("nav-notifications").getText()).contains("new");
            mia.open("/s/facilitation/forum/practice");
            assertThat(mia.find("threads").getText()).contains("1 new");
            mia.open(threadUrl);
            assertThat(mia.find("jump-unread").isDisplayed()).isTrue();
            assertThat(mia.driver().findElements(By.cssSelector("li.post.unread"))).hasSize(1);
            mia.screenshots("forum-unread");
            mia.open(threadUrl);
            assertThat(mia.driver().findElements(By.id("jump-unread"))).isEmpty();
            assertThat(mia.driver().findElements(By.cssSelector("li.post.depth-1"))).hasSize(1);
            mia.driver().findElements(By.className("reply-link")).get(1).click();
            mia.await("reply:markdown");
            mia.driver().findElements(By.className("quote-button")).get(1).click();
            assertThat(mia.find("reply:markdown").getAttribute("value")).contains("> One word each, then pass.").contains("— [edith](/t/");
            mia.find("reply:markdown").sendKeys("Thanks, trying it on Friday.");
            mia.find("reply:submit").click();
            mia.awaitText("posts", "trying it on Friday");
            assertThat(mia.driver().findElements(By.cssSelector("li.post.depth-2 blockquote"))).hasSize(1);
            assertThat(mia.driver().findElements(By.cssSelector("li.post.depth-2"))).hasSize(1);
            mia.screenshots("forum-thread");
            mia.open(threadUrl + "?order=flat");
            assertThat(mia.driver().findElements(By.cssSelector("li.post.depth-0"))).hasSize(3);
            mia.screenshots("forum-thread-flat");
            mia.open("/s/facilitation/forum/practice");
            assertThat(mia.find("threads").getText()).contains(title);
            mia.screenshots("forum-board");
        }
    }

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    /** Writes through the REST API as mia (much faster than typing 60 posts) and answers the new id. */
    private long apiPost(String path, String json) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Authorization", org.commonplace.testsupport.ApiClient.basicAuth("mia"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
        java.net.http.HttpResponse<String> response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(response.body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aLongThreadPagesCollapsesAndContinuesBranchesAndPermalinksLandOnLaterPages() throws Exception {
        long threadId = apiPost("api/v1/spaces/facilitation/boards/practice/threads",
                "{\"title\":\"Long retrospective " + TestData.unique() + "\",\"markdown\":\"What did we learn this year?\"}");
        java.net.http.HttpResponse<String> thread = http.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("api/v1/threads/" + threadId)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("\"posts\":\\[\\{[^}]*?\"id\":(\\d+)").matcher(thread.body());
        assertThat(first.find()).as(thread.body()).isTrue();
        long opening = Long.parseLong(first.group(1));
        long parent = opening;
        long chainTop = 0;
        for (int i = 1; i <= 12; i++) {
            parent = apiPost("api/v1/threads/" + threadId + "/posts", "{\"markdown\":\"Deeper, level " + i + "\",\"parentId\":" + parent + "}");
            chainTop = i == 1 ? parent : chainTop;
        }
        long answer = 0;
        for (int i = 1; i <= 48; i++) {
            answer = apiPost("api/v1/threads/" + threadId + "/posts", "{\"markdown\":\"Answer number " + i + "\",\"parentId\":" + opening + "}");
        }
        long last = answer;
        try (Browser mia = new Browser(base)) {
            mia.signIn("mia");
            mia.open("/t/" + threadId);
            assertThat(mia.find("thread-pager").getText()).contains("page 1 of 2");
            assertThat(mia.driver().findElements(By.cssSelector("#posts > li.post"))).hasSize(50);
            assertThat(mia.driver().findElements(By.id("p" + last))).isEmpty();

            // collapsing the first reply of the chain hides the seven replies below it on this page, and shows them again
            org.openqa.selenium.WebElement toggle = mia.find("p" + chainTop).findElement(By.className("collapse-toggle"));
            toggle.click();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(mia.driver().findElements(By.cssSelector("#posts > li.post")).stream().filter(e -> !e.isDisplayed()).count()).isEqualTo(7);
            mia.screenshots("forum-collapsed");
            toggle.click();
            assertThat(mia.driver().findElements(By.cssSelector("#posts > li.post")).stream().filter(e -> !e.isDisplayed()).count()).isZero();

            // the chain goes 12 levels deep: below level 8 it continues on its own view
            mia.driver().findElement(By.className("continue-branch")).click();
            mia.awaitText("branch-note", "branch");
            assertThat(mia.find("posts").getText()).contains("Deeper, level 12").doesNotContain("Answer number");
            mia.screenshots("forum-branch");

            // a bare permalink to a post on page 2 lands on it
            mia.open("/t/" + threadId + "#p" + last);
            Browser.patiently(mia.driver())
                    .until(d -> d.getCurrentUrl().contains("post=" + last));
            assertThat(mia.await("p" + last).getText()).contains("Answer number 48");
            assertThat(mia.find("thread-pager").getText()).contains("page 2 of 2");
            mia.screenshots("forum-thread-page2");

            // the board lists who took part and can be followed
            mia.open("/s/facilitation/forum/practice");
            assertThat(mia.find("threads").findElements(By.className("participant")).stream().map(e -> e.getText())).contains("mia");
            mia.find("follow:toggleBoard").click();
            Browser.patiently(mia.driver())
                    .until(d -> d.findElement(By.id("follow:toggleBoard")).getAttribute("value").equals("Unfollow board"));
            assertThat(mia.driver().getCurrentUrl()).endsWith("/s/facilitation/forum/practice");
            mia.find("follow:toggleBoard").click();
            Browser.patiently(mia.driver())
                    .until(d -> d.findElement(By.id("follow:toggleBoard")).getAttribute("value").equals("Follow board"));
        }
    }
}
