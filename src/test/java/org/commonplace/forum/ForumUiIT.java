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
            new org.openqa.selenium.support.ui.WebDriverWait(edith.driver(), java.time.Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                    d.findElements(By.cssSelector("input[id$='helpful']")).get(0).getAttribute("value").contains("(1)"));
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
}
