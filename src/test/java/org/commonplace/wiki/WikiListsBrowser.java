package org.commonplace.wiki;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.commonplace.testsupport.Browser;
import org.commonplace.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Headless Chromium for {@link WikiListsUiIT}, kept in its own class so the in-container half of that test never
 * loads Selenium. Same browser settings and screenshot widths as the main browser suite.
 */
final class WikiListsBrowser implements AutoCloseable {

    final WebDriver driver;
    private final String base;

    WikiListsBrowser(String base) throws IOException {
        this.base = base.replaceAll("/$", "");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("chromium"), "--window-size=1280,900");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(base + path);
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    void signIn(String user) {
        open("/login");
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(TestData.DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waitFor("nav-account");
    }

    void waitFor(String id) {
        Browser.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Waits until the element exists and shows the text (it may be replaced while the next page loads). */
    void waitForText(String id, String expected) {
        Browser.patiently(driver)
                .until(d -> d.findElement(By.id(id)).getText().contains(expected));
    }

    void screenshots(String name) throws IOException {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
