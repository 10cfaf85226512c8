package org.commonplace.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
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
import org.openqa.selenium.WebElement;

/**
 * The directories in headless Chromium, on the seeded demo content: a newcomer filters the people directory by
 * expertise and opens a profile; a member filters the case-study index, opens one and writes one with the template;
 * the community directory lists its illustrative entries. Screenshots at desktop and phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static List<String> names(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void aNewcomerFiltersPeopleByExpertiseAndOpensAProfile() {
        try (Browser browser = new Browser(base)) {
            browser.open("/people");
            browser.await("people-list");
            assertThat(browser.find("people-summary").getText()).containsPattern("[0-9]+ people");
            assertThat(browser.find("facet-expertise").getText()).contains("facilitation").contains("moderation");
            browser.screenshots("people");

            browser.driver().findElement(By.cssSelector("#facet-expertise a[data-tag='facilitation']")).click();
            browser.awaitText("people-summary", "facilitation");
            List<String> facilitators = names(browser, "#people-list .person-name a");
            assertThat(facilitators).contains("Edith Marsh", "Mia Lindqvist").doesNotContain("Mo Haddad");
            assertThat(browser.find("people-list").getText()).contains("Posts").contains("Page edits").contains("Promotions");
            browser.screenshots("people-facilitation");

            browser.find("consulting-link").click();
            browser.awaitText("consulting-link", "Everyone");
            assertThat(names(browser, "#people-list .person-name a")).contains("Edith Marsh").doesNotContain("Mia Lindqvist");

            browser.driver().findElement(By.linkText("Edith Marsh")).click();
            browser.awaitText("profile-name", "Edith Marsh");
            assertThat(browser.find("profile-bio").getText()).contains("promotion");
            assertThat(browser.find("profile-terms").getText()).contains("workshops");
            browser.screenshots("profile");
        }
    }

    @Test
    void aMemberFiltersCaseStudiesOpensOneAndWritesOneWithTheTemplate() {
        try (Browser browser = new Browser(base)) {
            browser.open("/case-studies");
            browser.await("case-study-list");
            assertThat(browser.find("case-study-list").getText()).contains("regional health network").contains("town council");
            browser.screenshots("case-studies");

            browser.driver().findElement(By.cssSelector("#facet-sector a[data-value='Local government']")).click();
            browser.awaitText("case-studies-summary", "1 case study");
            assertThat(browser.find("case-study-list").getText()).contains("town council").doesNotContain("health network");
            assertThat(browser.find("facet-sector").getText()).contains("Clear");
            browser.screenshots("case-studies-local-government");

            browser.driver().findElement(By.cssSelector("#case-study-list h2 a")).click();
            browser.await("example-note");
            assertThat(browser.find("case-study-lessons").findElements(By.tagName("li"))).hasSizeGreaterThan(2);
            browser.screenshots("case-study");

            browser.signIn("mia");
            browser.open("/case-studies/new");
            String title = "Library reading circle online " + TestData.unique();
            browser.find("caseStudyForm:title").sendKeys(title);
            browser.find("caseStudyForm:organisation").sendKeys("Northfield Library Network");
            browser.find("caseStudyForm:sector").sendKeys("Libraries");
            browser.find("caseStudyForm:submit").click();
            browser.awaitText("caseStudyForm", "The region is required.");
            assertThat(browser.find("caseStudyForm:title").getAttribute("value")).isEqualTo(title);
            browser.screenshots("case-study-form-error");

            browser.find("caseStudyForm:region").sendKeys("North of England");
            browser.find("caseStudyForm:tools").sendKeys("video, Forum");
            browser.find("caseStudyForm:tried").sendKeys("Moved the monthly reading circle to a forum with a video call.");
            browser.find("caseStudyForm:outcome").sendKeys("Twice as many readers, from further away.");
            browser.find("caseStudyForm:lessons").sendKeys("- Post the questions a week ahead\n- Record nothing");
            browser.find("caseStudyForm:submit").click();
            browser.awaitText("case-study-title", title);
            assertThat(browser.driver().findElements(By.id("edit-case-study"))).hasSize(1);
            assertThat(browser.find("case-study-facts").getText()).contains("forum").contains("video");
        }
    }

    @Test
    void theCommunityDirectoryListsApprovedEntriesAndFiltersByPlatform() {
        try (Browser browser = new Browser(base)) {
            browser.open("/communities");
            browser.await("community-list");
            assertThat(browser.find("community-list").getText()).contains("(illustrative)");
            browser.driver().findElement(By.cssSelector("#facet-platform a[data-value='Matrix']")).click();
            browser.awaitText("communities-summary", "1 community");
            assertThat(browser.find("community-list").getText()).contains("Civic Tech Chat");
            browser.screenshots("communities");
        }
    }

    @Test
    void aMemberEditsTheirProfileAndIsToldWhatIsWrongWithALink() {
        try (Browser browser = new Browser(base)) {
            browser.signIn("otto");
            browser.open("/account");
            browser.find("profile:expertise").clear();
            browser.find("profile:expertise").sendKeys("Online Consultation, survey design, Plain Language");
            browser.find("profile:links").clear();
            browser.find("profile:links").sendKeys("javascript:alert(1)");
            browser.find("profile:submit").click();
            browser.awaitText("profile", "is not a web address");
            assertThat(browser.find("profile:expertise").getAttribute("value")).contains("Plain Language");
            browser.screenshots("account-profile-error");

            browser.find("profile:links").clear();
            browser.find("profile:links").sendKeys("https://example.org/otto");
            browser.submit("profile:submit");
            browser.await("view-profile").click();
            browser.awaitText("profile-name", "Otto");
            assertThat(browser.find("profile-expertise").getText()).contains("plain language").contains("online consultation");
            assertThat(browser.find("profile-links").getText()).contains("https://example.org/otto");
            assertThat(browser.driver().findElements(By.id("edit-profile"))).hasSize(1);
        }
    }

    @Test
    void aSuggestedCommunityIsListedAfterAnEditorApprovesItOnTheReviewPage() {
        String name = "Allotment Growers " + TestData.unique();
        try (Browser browser = new Browser(base)) {
            browser.signIn("mia");
            browser.open("/communities");
            browser.find("suggest-community").click();
            browser.await("suggestForm:name").sendKeys(name);
            browser.find("suggestForm:url").sendKeys("https://" + name.toLowerCase().replace(' ', '-') + ".example.org");
            browser.find("suggestForm:platform").sendKeys("Discourse");
            browser.find("suggestForm:topics").sendKeys("gardening, volunteering");
            browser.find("suggestForm:submit").click();
            browser.awaitText("suggestForm", "Say how active");
            browser.screenshots("community-suggest-error");
            new org.openqa.selenium.support.ui.Select(browser.find("suggestForm:activity")).selectByVisibleText("Quiet");
            browser.find("suggestForm:submit").click();
            browser.awaitText("messages", "waits for an editor");
            assertThat(browser.find("community-list").getText()).doesNotContain(name);
            assertThat(browser.driver().findElements(By.id("review-communities"))).isEmpty();
        }
        try (Browser browser = new Browser(base)) {
            browser.signIn("edith");
            browser.open("/communities/review");
            browser.awaitText("pending-list", name);
            browser.screenshots("communities-review");
            WebElement card = browser.driver().findElements(By.cssSelector("#pending-list li.community")).stream()
                    .filter(li -> li.getText().contains(name)).findFirst().orElseThrow();
            card.findElement(By.cssSelector("input[id$='approve']")).click();
            browser.awaitText("messages", "now listed");
            browser.open("/communities?topic=gardening");
            browser.awaitText("community-list", name);
        }
    }
}
