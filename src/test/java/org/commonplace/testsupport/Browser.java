package org.commonplace.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium for the browser suite: binary and driver paths are set, so
 * nothing is downloaded. Screenshots go to {@code target/screenshots} at desktop (1280) and phone (390) width.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    public Browser(URL base) {
        this.base = base.toString().replaceAll("/$", "");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + Files.createTempDirectory("chromium"), "--window-size=1280,900");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    /** Waits until the element is present (a page load or redirect may be under way). */
    public WebElement await(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /**
     * Clicks a button that submits the page and waits until the browser has left that page, so that what is looked for
     * next is found on the new page, not on the old one that is about to go (a stale element).
     */
    public void submit(String id) {
        WebElement button = find(id);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
    }

    public void awaitText(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    public void signIn(String user) {
        open("/login");
        find("login:username").sendKeys(user);
        find("login:password").sendKeys(TestData.DEMO_PASSWORD);
        find("login:submit").click();
        await("nav-account");
    }

    public void screenshots(String name) {
        try {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            for (int width : new int[] {1280, 390}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), dir.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
            driver.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
