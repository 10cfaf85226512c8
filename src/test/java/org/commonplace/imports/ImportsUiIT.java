package org.commonplace.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin's import page in headless Chromium: upload a MediaWiki export as a dry run, watch the progress bar,
 * read the report, import it for real from the report, find it in the history, and see "Imported from
 * MediaWiki" on an imported page. The space is made through the admin page and the archive has unique names,
 * so every run creates its pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportsUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

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
        Browser.patiently(browser.driver(), 180)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), text));
    }

    @Test
    void anAdminDryRunsAnArchiveWatchesTheProgressBarThenImportsIt() throws Exception {
        String unique = TestData.unique();
        Path file = archive(unique, 120);
        try (Browser browser = new Browser(base)) {
            String space = "imports-ui-" + unique;
            browser.signIn("ada");
            browser.open("/admin");
            browser.find("space:slug").sendKeys(space);
            browser.find("space:name").sendKeys("Imported Archive " + unique);
            browser.find("space:submit").click();
            Browser.patiently(browser.driver(), 30).until(d -> d.getCurrentUrl().endsWith("/s/" + space));
            browser.open("/admin");
            browser.find("imports-link").click();
            browser.await("start:submit");
            new Select(browser.find("start:format")).selectByValue("mediawiki");
            new Select(browser.find("start:space")).selectByValue(space);
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
            Browser.patiently(browser.driver(), 30).until(d -> !d.getCurrentUrl().equals(dryRunUrl));
            waitForState(browser, "Finished");
            assertThat(browser.find("created").getText()).contains("pages 120");
            assertThat(browser.find("current-heading").getText()).doesNotContain("dry run");
            assertThat(browser.find("history").getText()).contains(file.getFileName().toString()).contains("mediawiki (dry run)");
            browser.screenshots("imports-done");

            browser.open("/s/" + space + "/wiki/old-page-" + unique + "-7");
            assertThat(browser.find("imported-from").getText()).contains("Imported from MediaWiki").contains("Old Editor");
            assertThat(browser.find("page-text").getText()).contains("Bold start of page 7").contains("a list item");
            browser.screenshots("imports-imported-page");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void anImportedMailingListShowsItsOriginAndFoldsQuotedText() throws Exception {
        String unique = TestData.unique();
        String mbox = "From a@example.org Mon Jan  6 10:00:00 2020\nFrom: Ana Example <ana." + unique + "@example.org>\nSubject: Seed swap "
                + unique + "\nMessage-ID: <s1." + unique + "@example.org>\nDate: Mon, 6 Jan 2020 10:00:00 +0000\n\nWho brings *tomatoes*?\n\n"
                + "From b@example.org Mon Jan  6 11:00:00 2020\nFrom: Bo Example <bo." + unique + "@example.org>\nSubject: Re: Seed swap " + unique
                + "\nMessage-ID: <s2." + unique + "@example.org>\nIn-Reply-To: <s1." + unique + "@example.org>\nDate: Mon, 6 Jan 2020 11:00:00 +0000\n\n"
                + "I will bring some.\n\nAna Example wrote:\n> Who brings *tomatoes*?\n\n-- \nBo, gardener\n";
        Path file = Files.createTempFile("list-", ".mbox");
        Files.writeString(file, mbox);
        try (Browser browser = new Browser(base)) {
            String space = "imports-mail-" + unique;
            browser.signIn("ada");
            browser.open("/admin");
            browser.find("space:slug").sendKeys(space);
            browser.find("space:name").sendKeys("Mail Archive " + unique);
            browser.find("space:submit").click();
            Browser.patiently(browser.driver(), 30).until(d -> d.getCurrentUrl().endsWith("/s/" + space));
            browser.open("/admin/imports");
            new Select(browser.find("start:format")).selectByValue("mbox");
            new Select(browser.find("start:space")).selectByValue(space);
            browser.find("start:dryRun").click();
            browser.find("start:archive").sendKeys(file.toString());
            browser.find("start:submit").click();
            browser.await("current:bar");
            waitForState(browser, "Finished");
            assertThat(browser.find("created").getText()).contains("threads 1").contains("posts 2");

            browser.open("/s/" + space + "/forum/mailing-list");
            browser.driver().findElement(By.partialLinkText("Seed swap " + unique)).click();
            browser.await("imported-from");
            assertThat(browser.find("imported-from").getText()).contains("Imported from mail").contains("Ana Example")
                    .doesNotContain("@example.org");
            assertThat(browser.find("posts").getText()).contains("Who brings *tomatoes*?").contains("I will bring some.")
                    .doesNotContain("gardener");
            assertThat(browser.driver().findElements(By.cssSelector("details.quoted-text"))).hasSize(1);
            assertThat(browser.driver().findElement(By.cssSelector("details.quoted-text blockquote")).isDisplayed()).isFalse();
            browser.screenshots("imports-mail-thread");
            browser.driver().findElement(By.cssSelector("details.quoted-text summary")).click();
            assertThat(browser.driver().findElement(By.cssSelector("details.quoted-text blockquote")).isDisplayed()).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aNingDryRunReportListsTheSpacesItsGroupsWouldBecome() throws Exception {
        String unique = TestData.unique();
        Path file = Files.createTempFile("ning-groups-", ".zip");
        Files.write(file, NingFixture.zip(NingFixture.GROUPS_ARCHIVE));
        try (Browser browser = new Browser(base)) {
            String space = "imports-ning-" + unique;
            browser.signIn("ada");
            browser.open("/admin");
            browser.find("space:slug").sendKeys(space);
            browser.find("space:name").sendKeys("Ning Network " + unique);
            browser.find("space:submit").click();
            Browser.patiently(browser.driver(), 30).until(d -> d.getCurrentUrl().endsWith("/s/" + space));
            browser.open("/admin/imports");
            new Select(browser.find("start:format")).selectByValue("ning");
            new Select(browser.find("start:space")).selectByValue(space);
            assertThat(browser.find("start:dryRun").isSelected()).isTrue();
            browser.find("start:archive").sendKeys(file.toString());
            browser.find("start:submit").click();
            browser.await("current:bar");
            waitForState(browser, "Finished");
            assertThat(browser.find("spaces-heading").getText()).isEqualTo("Spaces this import would create");
            assertThat(browser.find("spaces").getText()).contains("Stewards' circle (invite only, 3 members)")
                    .contains("Garden & Allotments (public, 4 members)");
            assertThat(browser.find("created").getText()).contains("spaces 2").contains("attachments 7");
            assertThat(browser.find("problems").getText()).contains("seedlings.svg").contains("lost.pdf");
            browser.screenshots("imports-ning-dry-run-spaces");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
