package org.commonplace.phrasebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.commonplace.testsupport.Browser;
import org.commonplace.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An anonymous newcomer in a real browser: the home page's start-here path, "next" through its steps, a term's
 * tooltip opened by keyboard focus (Escape closes it) and by mouse hover, then the term page and the A–Z page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhrasebookUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aNewcomerFollowsTheStartHerePathAndReadsTermsByKeyboardAndMouse() {
        try (Browser newcomer = new Browser(base)) {
            WebDriverWait wait = Browser.patiently(newcomer.driver());
            JavascriptExecutor js = (JavascriptExecutor) newcomer.driver();
            newcomer.open("/");
            WebElement paths = newcomer.await("start-paths");
            newcomer.screenshots("phrasebook-home");
            paths.findElement(By.cssSelector("a.start-path-link[href$='/start/start-here']")).click();

            newcomer.await("path-step-list");
            newcomer.awaitText("step-of", "Step 1 of");
            assertThat(newcomer.find("path-title").getText()).contains("Observe");
            newcomer.find("step-next").click();
            newcomer.awaitText("step-of", "Step 2 of");
            // the first step is remembered in this browser (anonymous progress lives in localStorage)
            wait.until(d -> !d.findElements(By.cssSelector("#path-step-list li.visited")).isEmpty());
            newcomer.screenshots("phrasebook-path-step");
            newcomer.find("step-previous").click();
            newcomer.awaitText("step-of", "Step 1 of");

            // keyboard: Tab until a marked term in the step's text has focus; its tooltip shows, Escape hides it
            List<WebElement> terms = newcomer.driver().findElements(By.cssSelector("#step-content a.term"));
            assertThat(terms).isNotEmpty();
            WebElement focused = null;
            for (int i = 0; i < 80 && focused == null; i++) {
                new Actions(newcomer.driver()).sendKeys(Keys.TAB).perform();
                Object inTerm = js.executeScript("var a = document.activeElement; return a && a.matches('#step-content a.term') ? a : null;");
                focused = inTerm instanceof WebElement w ? w : null;
            }
            assertThat(focused).as("a term link is reachable by Tab").isNotNull();
            WebElement tip = newcomer.find(focused.getAttribute("aria-describedby"));
            assertThat(tip.getAttribute("role")).isEqualTo("tooltip");
            wait.until(ExpectedConditions.visibilityOf(tip));
            assertThat(tip.getText()).isNotBlank();
            newcomer.screenshots("phrasebook-tooltip-keyboard");
            new Actions(newcomer.driver()).sendKeys(Keys.ESCAPE).perform();
            wait.until(ExpectedConditions.invisibilityOf(tip));

            // mouse: move focus away, then hover over a term
            js.executeScript("document.activeElement.blur();");
            WebElement hovered = terms.get(terms.size() - 1);
            WebElement hoverTip = newcomer.find(hovered.getAttribute("aria-describedby"));
            assertThat(hoverTip.isDisplayed()).isFalse();
            new Actions(newcomer.driver()).moveToElement(hovered).perform();
            wait.until(ExpectedConditions.visibilityOf(hoverTip));
            newcomer.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            try {
                java.nio.file.Files.createDirectories(dir);
                java.nio.file.Files.copy(((org.openqa.selenium.TakesScreenshot) newcomer.driver()).getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                        dir.resolve("phrasebook-tooltip-hover-1280.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            new Actions(newcomer.driver()).moveToElement(newcomer.find("path-title")).perform();
            wait.until(ExpectedConditions.invisibilityOf(hoverTip));

            // following the term reaches its page
            String href = hovered.getAttribute("href");
            hovered.click();
            newcomer.await("term-definition");
            assertThat(newcomer.driver().getCurrentUrl()).isEqualTo(href);
            assertThat(newcomer.find("used-in").getText()).startsWith("Used in");
            newcomer.screenshots("phrasebook-term");

            newcomer.open("/phrasebook");
            newcomer.await("letters");
            assertThat(newcomer.driver().findElements(By.cssSelector("#terms .term-row")).size()).isGreaterThanOrEqualTo(40);
            newcomer.screenshots("phrasebook-index");
            newcomer.open("/phrasebook?q=lurk");
            newcomer.awaitText("terms", "lurker");
            assertThat(newcomer.driver().findElements(By.cssSelector("#terms .term-row"))).hasSize(1);
        }
    }
}
