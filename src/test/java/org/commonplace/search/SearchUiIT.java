package org.commonplace.search;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search in a real browser: similar threads while starting one, header suggestions, results, a facet. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aMemberSearchesFromTheHeaderAndNarrowsByType() throws Exception {
        String w = "zq" + TestData.unique();
        String title = "Seating " + w + " circles";
        try (Browser mia = new Browser(base)) {
            WebDriverWait wait = Browser.patiently(mia.driver());
            mia.signIn("mia");
            mia.open("/s/facilitation/forum/practice");
            mia.find("newThread:title").sendKeys(title);
            mia.find("newThread:markdown").sendKeys("Chairs in a ring for " + w + " sessions.");
            mia.find("newThread:submit").click();
            mia.awaitText("posts", "Chairs in a ring");

            mia.open("/s/facilitation/forum/practice");
            mia.find("newThread:title").sendKeys("circles " + w);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("similar-threads")));
            mia.awaitText("similar-threads", title);
            mia.screenshots("search-similar-threads");

            mia.find("topbar-q").sendKeys("seating " + w.substring(0, 6));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("topbar-suggest")));
            mia.awaitText("topbar-suggest", title);
            mia.screenshots("search-suggest");

            mia.find("topbar-q").clear();
            mia.find("topbar-q").sendKeys(w, Keys.ENTER);
            mia.awaitText("search-summary", "2 results");
            assertThat(mia.find("hits").getText()).contains(title);
            assertThat(mia.driver().findElements(By.cssSelector("#hits mark"))).isNotEmpty();
            mia.screenshots("search-results");

            mia.driver().findElement(By.cssSelector("#facet-type a[data-value='post']")).click();
            mia.awaitText("search-summary", "1 result for");
            wait
                    .until(d -> d.findElements(By.cssSelector("#hits li.hit")).size() == 1
                            && d.findElements(By.cssSelector("#hits li.hit-post")).size() == 1);
            assertThat(mia.driver().getCurrentUrl()).contains("type=post");
            mia.screenshots("search-facet-post");

            mia.open("/search");
            assertThat(mia.find("search-help").getText()).contains("Quoted words");
        }
    }
}
