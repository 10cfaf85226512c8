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
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
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

    /**
     * A wait for the browser suite. Each poll reads the page afresh, and a read that fails because the page is being
     * replaced under it is tried again rather than failing the test: Selenium reports that as a stale element, but
     * Chromium 156 often reports it as an "unknown error" (the node no longer belongs to the document), and an element
     * that is not there yet is simply not there yet. When the time is up, the last such error is the cause given.
     */
    public static WebDriverWait patiently(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    public static WebDriverWait patiently(WebDriver driver) {
        return patiently(driver, 15);
    }

    /** Whether the element has left its page, however Chromium reports it (stale element or unknown error). */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return ignored -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException left) {
                return true;
            }
        };
    }

    /** Whether the element is displayed; false once it has left its page. */
    public static boolean shows(WebElement element) {
        try {
            return element.isDisplayed();
        } catch (WebDriverException left) {
            return false;
        }
    }

    /** Waits until the element is present (a page load or redirect may be under way). */
    public WebElement await(String id) {
        return patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /**
     * Clicks a button that submits the page and waits until the browser has left that page, so that what is looked for
     * next is found on the new page, not on the old one that is about to go (a stale element).
     */
    public void submit(String id) {
        WebElement button = find(id);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(gone(button));
    }

    public void awaitText(String id, String text) {
        patiently(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
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
