package org.commonplace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import org.commonplace.testsupport.Browser;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser suite: Debian's headless Chromium (binary and driver paths set, so nothing is downloaded)
 * drives the real application. Screenshots at desktop (1280) and phone (390) width go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Browser browser;
    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(base);
        driver = browser.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void open(String path) {
        browser.open(path);
    }

    private void screenshots(String name) {
        browser.screenshots(name);
    }

    private void signIn(String user) {
        browser.signIn(user);
    }

    @Test
    void aNewcomerSeesPublicSpacesAndTheSignInPage() throws IOException {
        open("/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Welcome");
        assertThat(driver.findElement(By.id("spaces")).getText()).isNotBlank().doesNotContain("Stewards");
        open("/search?q=commons");
        assertThat(driver.findElement(By.id("space-hits")).getText()).contains("The Commons");
        open("/");
        screenshots("home-anonymous");
        open("/login");
        screenshots("login");
        open("/s/stewards");
        assertThat(driver.findElement(By.id("error-title")).getText()).isEqualTo("Not found");
        screenshots("not-found");
    }

    @Test
    void aMemberSignsInAndReachesTheHomePageWithTheirSpaces() throws IOException {
        signIn("mia");
        assertThat(driver.getCurrentUrl()).endsWith("/");
        assertThat(driver.findElement(By.id("nav-account")).getText()).isEqualTo("Mia Lindqvist");
        screenshots("home-member");
        // Other tests add spaces; look the invite-only space up rather than expecting it on the first page.
        open("/search?q=stewards");
        assertThat(driver.findElement(By.id("space-hits")).getText()).contains("Stewards");
        driver.findElement(By.id("space-hits")).findElement(By.linkText("Stewards")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Stewards");
        screenshots("space");
    }

    @Test
    void aSpaceAdminCreatesAnInvitationLink() throws IOException {
        signIn("ada");
        open("/s/stewards/members");
        assertThat(driver.findElement(By.id("member-table")).getText()).contains("edith").contains("mia");
        driver.findElement(By.id("invite:submit")).click();
        String link = Browser.patiently(driver)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("invite-link"))).getText();
        assertThat(link).contains("/invite/");
        screenshots("members");
        open("/account");
        screenshots("account");
    }

    @Test
    void anInvitedNewcomerRegistersWithTheLinkAndLandsInTheInviteOnlySpace() throws IOException {
        signIn("ada");
        open("/s/stewards/members");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("invite:role"))).selectByVisibleText("Editor");
        driver.findElement(By.id("invite:submit")).click();
        String link = Browser.patiently(driver)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("invite-link"))).getText();
        driver.findElement(By.id("signout:submit")).click();
        Browser.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-signin")));

        driver.get(link.replaceFirst("^https?://[^/]+", base.toString().replaceAll("/$", "")));
        screenshots("invitation");
        driver.findElement(By.id("register-with-invitation")).click();
        String username = "newcomer" + TestData.unique();
        driver.findElement(By.id("register:username")).sendKeys(username);
        driver.findElement(By.id("register:displayName")).sendKeys("Nia Newcomer");
        driver.findElement(By.id("register:password")).findElement(By.xpath(".//input|self::input")).sendKeys("a-long-enough-password");
        screenshots("register");
        driver.findElement(By.id("register:submit")).click();
        Browser.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-account")));
        assertThat(driver.findElement(By.id("nav-account")).getText()).isEqualTo("Nia Newcomer");
        open("/search?q=stewards");
        assertThat(driver.findElement(By.id("space-hits")).getText()).contains("Stewards");
        open("/s/stewards");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Editor");
    }

    @Test
    void aTooShortPasswordIsExplainedNextToTheFieldAndTheRestIsKept() {
        open("/register");
        driver.findElement(By.id("register:username")).sendKeys("short" + TestData.unique());
        driver.findElement(By.id("register:displayName")).sendKeys("Kept Name");
        driver.findElement(By.id("register:password")).findElement(By.xpath(".//input|self::input")).sendKeys("short");
        driver.findElement(By.id("register:submit")).click();
        Browser.patiently(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "at least 10"));
        assertThat(driver.findElement(By.id("register:displayName")).getAttribute("value")).isEqualTo("Kept Name");
    }

    @Test
    void aMemberDiscussesAPageAndRepliesInTheThread() throws IOException {
        signIn("mia");
        open("/s/commons/wiki/welcome");
        driver.findElement(By.id("action-discuss")).click();
        if (!driver.findElements(By.id("discuss:submit")).isEmpty()) {
            driver.findElement(By.id("discuss:submit")).click();
        }
        WebDriverWait wait = Browser.patiently(driver);
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("discussed-page"))).getText()).contains("Welcome");
        String text = "Thanks for the welcome " + TestData.unique();
        driver.findElement(By.id("reply:markdown")).sendKeys(text);
        driver.findElement(By.id("reply:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("posts"), text));
        screenshots("thread");
        driver.findElement(By.id("discussed-page")).findElement(By.tagName("a")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Welcome");
    }
}
