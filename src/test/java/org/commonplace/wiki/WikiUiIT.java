package org.commonplace.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.testsupport.Browser;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The wiki's page views in a real browser (the setup of {@code BrowserUiIT}): write a page, edit it, compare and
 * revert revisions, read the blame; a draft that outlives the session; two writers whose edits overlap.
 * Screenshots at 1280 and 390 px go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WikiUiIT {

    private static final String SPACE = "commons";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final List<WebDriver> drivers = new ArrayList<>();

    @AfterEach
    void stopBrowsers() {
        drivers.forEach(WebDriver::quit);
        drivers.clear();
    }

    private WebDriver browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("chromium"), "--window-size=1280,900");
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        drivers.add(driver);
        return driver;
    }

    private void open(WebDriver driver, String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return Browser.patiently(driver, 20);
    }

    private static void screenshots(WebDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private void signIn(WebDriver driver, String user) {
        open(driver, "/login");
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(TestData.DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-account")));
    }

    /** Creates a page through /new and answers its slug. */
    private String createPage(WebDriver driver, String title, String text) {
        open(driver, "/s/" + SPACE + "/new");
        driver.findElement(By.id("edit:title")).sendKeys(title);
        type(driver, text);
        driver.findElement(By.id("edit:summary")).sendKeys("First version");
        driver.findElement(By.id("edit:save")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
        assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo(title);
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf("/wiki/") + "/wiki/".length()).replaceAll("[?#].*$", "");
    }

    private static void type(WebDriver driver, String text) {
        WebElement area = driver.findElement(By.id("edit:markdown"));
        area.clear();
        area.sendKeys(text);
    }

    private void edit(WebDriver driver, String slug, String text, String summary) {
        open(driver, "/s/" + SPACE + "/wiki/" + slug + "/edit");
        type(driver, text);
        driver.findElement(By.id("edit:summary")).sendKeys(summary);
        driver.findElement(By.id("edit:save")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
    }

    private static String textareaValue(WebDriver driver) {
        return driver.findElement(By.id("edit:markdown")).getAttribute("value");
    }

    @Test
    void anEditorWritesComparesRevertsAndBlamesAPage() throws IOException {
        WebDriver driver = browser();
        signIn(driver, "edith");
        String title = "Check-in rounds " + TestData.unique();
        String r1 = "Open with a round.\n\nEveryone says one sentence.\n\nKeep it short.";
        String r2 = "Open with a round.\n\nEveryone says one sentence about how they arrive.\n\nKeep it short.";
        String r3 = "Open with a check-in round.\n\nEveryone says one sentence about how they arrive.\n\nKeep it short.\n\nSee [[Facilitation basics]].";
        String slug = createPage(driver, title, r1);
        screenshots(driver, "wiki-page");

        edit(driver, slug, r2, "Say what the sentence is about");
        assertThat(driver.findElement(By.id("messages")).getText()).contains("revision 2");
        open(driver, "/s/" + SPACE + "/wiki/" + slug + "/edit");
        type(driver, r3);
        driver.findElement(By.id("edit:preview-button")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("preview-text")));
        assertThat(driver.findElement(By.id("preview-text")).getText()).contains("Open with a check-in round.");
        screenshots(driver, "wiki-edit");
        driver.findElement(By.id("edit:summary")).sendKeys("Name the round; link the basics");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'})", driver.findElement(By.id("edit:save")));
        screenshots(driver, "wiki-edit-actions");
        driver.findElement(By.id("edit:save")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
        assertThat(driver.findElement(By.id("page-meta")).getText()).contains("Revision 3");

        driver.findElement(By.id("action-history")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("history-table")));
        assertThat(driver.findElements(By.cssSelector("#history-table tbody tr"))).hasSize(3);
        screenshots(driver, "wiki-history");
        driver.findElement(By.id("from-1")).click();
        driver.findElement(By.id("to-3")).click();
        driver.findElement(By.id("compare-submit")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("diff")));
        assertThat(driver.getCurrentUrl()).contains("from=1").contains("to=3");
        assertThat(driver.findElement(By.id("diff-stats")).getText()).contains("+4").contains("−2");
        assertThat(driver.findElements(By.cssSelector("#diff ins"))).isNotEmpty();
        screenshots(driver, "wiki-diff-inline");
        driver.findElement(By.id("view-side")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.diff-side")));
        assertThat(driver.findElement(By.id("diff")).getText()).contains("check-in").contains("Facilitation basics");
        screenshots(driver, "wiki-diff-side");

        open(driver, "/s/" + SPACE + "/wiki/" + slug + "/history");
        driver.findElement(By.xpath("//tr[@id='rev-1']//input[@type='submit']")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("Reverted to r1");
        assertThat(driver.findElement(By.id("page-text")).getText())
                .isEqualTo("Open with a round.\nEveryone says one sentence.\nKeep it short.");
        open(driver, "/s/" + SPACE + "/wiki/" + slug + "/edit");
        assertThat(textareaValue(driver)).isEqualTo(r1);

        open(driver, "/s/" + SPACE + "/wiki/" + slug + "/blame");
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("blame")));
        assertThat(driver.findElements(By.cssSelector("#blame tbody tr"))).hasSize(5);
        assertThat(driver.findElement(By.id("blame")).getText()).contains("edith").contains("Keep it short.");
        screenshots(driver, "wiki-blame");

        open(driver, "/s/" + SPACE + "/wiki/" + slug + "?rev=2");
        assertThat(driver.findElement(By.id("old-revision")).getText()).contains("revision 2");
        screenshots(driver, "wiki-old-revision");

        open(driver, "/s/" + SPACE + "/wiki/" + slug + "/edit");
        type(driver, "");
        driver.findElement(By.id("edit:linkPicker_input")).sendKeys(title.substring(0, 12));
        waiting(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-item[data-item-label='" + title + "']"))).click();
        driver.findElement(By.id("insert-link")).click();
        assertThat(textareaValue(driver)).isEqualTo("[[" + title + "]]");
        driver.findElement(By.cssSelector(".editor-toolbar [data-md=bold]")).click();
        assertThat(textareaValue(driver)).isEqualTo("[[" + title + "]]**bold text**");
    }

    @Test
    void aCuratorWatchesRenamesDeletesAndRestoresAPage() throws IOException {
        WebDriver driver = browser();
        signIn(driver, "edith");
        String slug = createPage(driver, "Old name " + TestData.unique(), "Some text.");
        driver.findElement(By.id("watch:toggle")).click();
        waiting(driver).until(ExpectedConditions.attributeToBe(By.id("watch:toggle"), "value", "Unwatch"));

        driver.findElement(By.cssSelector("#rename-panel summary")).click();
        WebElement newTitle = driver.findElement(By.id("rename:title"));
        newTitle.clear();
        String title = "New name " + TestData.unique();
        newTitle.sendKeys(title);
        driver.findElement(By.id("rename:submit")).click();
        waiting(driver).until(ExpectedConditions.textToBe(By.id("page-title"), title));
        assertThat(driver.getCurrentUrl()).doesNotContain(slug);
        open(driver, "/s/" + SPACE + "/wiki/" + slug);
        assertThat(driver.findElement(By.id("redirect-note")).getText()).contains(slug);
        assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo(title);

        driver.findElement(By.id("curate:delete")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("deleted-banner")));
        screenshots(driver, "wiki-deleted");
        driver.findElement(By.id("curate:restore")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("curate:delete")));
        assertThat(driver.findElements(By.id("deleted-banner"))).isEmpty();
    }

    @Test
    void aDraftOutlivesTheSessionAndCanBeRestored() throws IOException {
        WebDriver driver = browser();
        signIn(driver, "edith");
        String slug = createPage(driver, "Draft survivor " + TestData.unique(), "Saved text.");
        open(driver, "/s/" + SPACE + "/wiki/" + slug + "/edit");
        String draft = "Saved text.\n\nA thought I have not published yet.";
        type(driver, draft);
        Browser.patiently(driver, 30)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit:draftStatus"), "Draft saved"));

        driver.manage().deleteAllCookies();
        signIn(driver, "edith");
        open(driver, "/s/" + SPACE + "/wiki/" + slug + "/edit");
        assertThat(driver.findElement(By.id("draft-offer")).getText()).contains("unsaved draft");
        assertThat(textareaValue(driver)).isEqualTo("Saved text.");
        screenshots(driver, "wiki-draft-offer");
        driver.findElement(By.id("draft:restore")).click();
        // The offer leaves the page when the draft is restored; Chromium may report an element taken out of its
        // document as an "unknown error" rather than a stale element, so asking whether it shows counts that as gone.
        waiting(driver).until(d -> d.findElements(By.id("draft-offer")).stream().noneMatch(Browser::shows));
        assertThat(textareaValue(driver)).isEqualTo(draft);
    }

    @Test
    void overlappingEditsEndOnTheConflictScreenWithNothingLost() throws IOException {
        WebDriver edith = browser();
        WebDriver mia = browser();
        signIn(edith, "edith");
        signIn(mia, "mia");
        String slug = createPage(edith, "Shared agenda " + TestData.unique(), "Welcome\n\nAgenda item one\n\nClosing");
        open(edith, "/s/" + SPACE + "/wiki/" + slug + "/edit");
        open(mia, "/s/" + SPACE + "/wiki/" + slug + "/edit");

        type(edith, "Welcome\n\nAgenda item one, by Edith\n\nClosing");
        edith.findElement(By.id("edit:save")).click();
        waiting(edith).until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));

        String mine = "Welcome\n\nAgenda item one, as Mia sees it\n\nClosing";
        type(mia, mine);
        mia.findElement(By.id("edit:save")).click();
        waiting(mia).until(ExpectedConditions.presenceOfElementLocated(By.id("conflict")));
        assertThat(mia.findElement(By.id("conflict-theirs")).getText()).contains("by Edith");
        assertThat(mia.findElement(By.id("conflict-yours")).getText()).contains("as Mia sees it");
        assertThat(mia.findElement(By.id("conflict-chunks")).getText()).contains("by Edith").contains("as Mia sees it");
        assertThat(textareaValue(mia)).isEqualTo(mine);
        assertThat(mia.findElement(By.id("edit:base")).getAttribute("value")).isEqualTo("2");
        screenshots(mia, "wiki-conflict");

        mia.findElement(By.id("edit:save")).click();
        waiting(mia).until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
        assertThat(mia.findElement(By.id("page-meta")).getText()).contains("Revision 3");
        assertThat(mia.findElement(By.id("page-text")).getText()).contains("as Mia sees it").doesNotContain("by Edith");
    }
}
