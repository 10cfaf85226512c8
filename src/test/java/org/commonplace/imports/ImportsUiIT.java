package org.commonplace.imports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Browser;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin's import page in headless Chromium: upload a MediaWiki export as a dry run, watch the progress bar,
 * read the report, import it for real from the report, find it in the history, and see "Imported from
 * MediaWiki" on an imported page. The first test (inside the server) makes the space; the archive is made
 * with unique names so every run creates its pages.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportsUiIT {

    static final String SPACE = "imports-ui";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ImportsUiIT.class);
    }

    @Inject
    SpaceService spaces;

    @Inject
    Viewers viewers;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void makeTheSpace() {
        if (spaces.findBySlug(SPACE).isEmpty()) {
            spaces.create(viewers.byUsername("ada").orElseThrow(), SPACE, "Imported Archive", "Where imports are tried out.", Visibility.PUBLIC);
        }
        assertThat(spaces.findBySlug(SPACE)).isPresent();
    }

    /** A MediaWiki export of {@code pages} pages with two revisions each, under unique titles. */
    private static Path archive(String unique, int pages) throws Exception {
        StringBuilder xml = new StringBuilder("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">\n")
                .append("<siteinfo><sitename>Old Wiki</sitename><dbname>ui").append(unique).append("</dbname></siteinfo>\n");
        for (int i = 1; i <= pages; i++) {
            xml.append("<page><title>Old Page ").append(unique).append(' ').append(i).append("</title><ns>0</ns><id>").append(i).append("</id>")
                    .append("<revision><id>").append(2 * i).append("</id><timestamp>2012-03-0").append(1 + i % 9).append("T10:00:00Z</timestamp>")
                    .append("<contributor><username>Old Editor</username><id>7</id></contributor><comment>start</comment>")
                    .append("<model>wikitext</model><format>text/x-wiki</format><text>== Heading ==\n'''Bold''' start of page ").append(i)
                    .append(".</text></revision>")
                    .append("<revision><id>").append(2 * i + 1).append("</id><timestamp>2013-04-0").append(1 + i % 9).append("T10:00:00Z</timestamp>")
                    .append("<contributor><ip>192.0.2.").append(i % 250).append("</ip></contributor><comment>more</comment>")
                    .append("<text>== Heading ==\n'''Bold''' start of page ").append(i).append(".\n* a list item</text></revision></page>\n");
        }
        xml.append("</mediawiki>\n");
        Path file = Files.createTempFile("old-wiki-", ".xml");
        Files.writeString(file, xml);
        return file;
    }

    private static void waitForState(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(180)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), text));
    }

    @Test
    @Order(2)
    @RunAsClient
    void anAdminDryRunsAnArchiveWatchesTheProgressBarThenImportsIt() throws Exception {
        String unique = TestData.unique();
        Path file = archive(unique, 120);
        try (Browser browser = new Browser(base)) {
            browser.signIn("ada");
            browser.open("/admin");
            browser.find("imports-link").click();
            browser.await("start:submit");
            new Select(browser.find("start:format")).selectByValue("mediawiki");
            new Select(browser.find("start:space")).selectByValue(SPACE);
            assertThat(browser.find("start:dryRun").isSelected()).isTrue();
            browser.find("start:archive").sendKeys(file.toString());
            browser.find("start:submit").click();
            browser.await("current:bar");
            assertThat(browser.find("current:bar").getAttribute("class")).contains("ui-progressbar");
            browser.screenshots("imports-progress");
            waitForState(browser, "Finished");
            assertThat(browser.find("created").getText()).contains("240").contains("pages 120").contains("revisions 240");
            assertThat(browser.find("failed").getText()).isEqualTo("0");
            assertThat(browser.find("current:bar").getText()).contains("100%");
            browser.screenshots("imports-dry-run-report");

            String dryRunUrl = browser.driver().getCurrentUrl();
            browser.find("current:real").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().equals(dryRunUrl));
            waitForState(browser, "Finished");
            assertThat(browser.find("created").getText()).contains("pages 120");
            assertThat(browser.find("current-heading").getText()).doesNotContain("dry run");
            assertThat(browser.find("history").getText()).contains(file.getFileName().toString()).contains("mediawiki (dry run)");
            browser.screenshots("imports-done");

            browser.open("/s/" + SPACE + "/wiki/old-page-" + unique + "-7");
            assertThat(browser.find("imported-from").getText()).contains("Imported from MediaWiki").contains("Old Editor");
            assertThat(browser.find("page-text").getText()).contains("Bold start of page 7").contains("a list item");
            browser.screenshots("imports-imported-page");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
