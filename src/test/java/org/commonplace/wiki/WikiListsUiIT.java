package org.commonplace.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Browser;
import org.commonplace.testsupport.Deployments;
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

/**
 * The wiki listings in headless Chromium: the space's page index, recent changes and a page's files (with an
 * upload through the form), at desktop and phone width. The first test runs inside the server and makes the
 * data (a space of its own, found again by its fixed name when the database is kept between runs); the others
 * run as a browser against it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WikiListsUiIT {

    static final String SPACE = "wikilists-ui";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(WikiListsUiIT.class, WikiListsIT.class);
    }

    @Inject
    SpaceService spaces;

    @Inject
    WikiService wiki;

    @Inject
    FileService files;

    @Inject
    Viewers viewers;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void makeTheData() {
        Viewer ada = viewers.byUsername("ada").orElseThrow();
        if (spaces.findBySlug(SPACE).isEmpty()) {
            spaces.create(ada, SPACE, "Listing Garden", "Where the wiki listings are tried out.", Visibility.PUBLIC);
        }
        if (wiki.find(ada, SPACE, "field-notes").isEmpty()) {
            wiki.save(ada, SPACE, null, new Edit("Field Notes", "We met at the [[Allotment]]; see [[Seed Library]] and [[Compost Rota]].",
                    "first notes", false, 0, "garden, notes"));
            wiki.save(ada, SPACE, null, new Edit("Allotment", "Plots and [[Compost Rota]].", "a place", false, 0, "garden"));
            wiki.save(ada, SPACE, null, new Edit("Tool Shed", "Nobody links here yet.", "", false, 0));
            wiki.save(ada, SPACE, "field-notes", new Edit("Field Notes", "We met at the [[Allotment]]; see [[Seed Library]] and [[Compost Rota]]. Typo fixed.",
                    "typo", true, 1, null));
            files.attach(ada, SPACE, "field-notes", "plot-map.png", "image/png", new ByteArrayInputStream(WikiListsIT.PNG));
            files.attach(ada, SPACE, "field-notes", "meeting-minutes.pdf", "application/pdf",
                    new ByteArrayInputStream("%PDF-1.4 minutes".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(wiki.find(ada, SPACE, "field-notes")).isPresent();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSpaceIndexListsPagesWantedPagesAndOrphans() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.open("/s/" + SPACE + "/wiki");
            assertThat(browser.find("pages").getText()).contains("Allotment").contains("Field Notes").contains("Tool Shed");
            assertThat(browser.find("wanted").getText()).contains("Compost Rota").contains("Seed Library").contains("linked from 2 pages");
            assertThat(browser.driver().findElements(By.cssSelector("#wanted a"))).isEmpty();
            assertThat(browser.find("orphans").getText()).contains("Tool Shed").doesNotContain("Allotment");
            assertThat(browser.driver().findElements(By.id("new-page"))).isEmpty();
            browser.screenshots("wiki-index-anonymous");
            browser.signIn("ada");
            browser.open("/s/" + SPACE + "/wiki");
            assertThat(browser.driver().findElement(By.linkText("Compost Rota")).getAttribute("href")).endsWith("/s/" + SPACE + "/wiki/compost-rota/edit");
            assertThat(browser.driver().findElements(By.id("new-page"))).hasSize(1);
            browser.screenshots("wiki-index");
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void recentChangesCanHideMinorEdits() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("mia");
            browser.open("/changes");
            assertThat(browser.driver().findElements(By.cssSelector("#changes tbody tr"))).isNotEmpty();
            browser.screenshots("wiki-changes");
            browser.open("/s/" + SPACE + "/changes");
            assertThat(browser.find("changes").getText()).contains("Field Notes").contains("typo").contains("minor");
            browser.find("hide-minor").click();
            browser.await("show-minor");
            assertThat(browser.find("changes").getText()).doesNotContain("typo").contains("first notes");
            browser.screenshots("wiki-changes-space");
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void anEditorUploadsAnImageAndIsToldWhenATypeIsRefused() throws Exception {
        Path dir = Files.createTempDirectory("uploads");
        Path png = dir.resolve("garden photo.png");
        Files.write(png, WikiListsIT.PNG);
        Path svg = Files.createTempFile("drawing-", ".svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        try (Browser browser = new Browser(base)) {
            browser.signIn("ada");
            browser.open("/s/" + SPACE + "/wiki/field-notes/files");
            assertThat(browser.find("files").getText()).contains("plot-map.png").contains("![plot-map.png](/s/" + SPACE + "/wiki/field-notes/files/plot-map.png)");
            browser.find("upload:file").sendKeys(svg.toString());
            browser.find("upload:submit").click();
            browser.awaitText("upload:file-error", "cannot be attached");
            browser.screenshots("wiki-files-error");

            browser.find("upload:file").sendKeys(png.toString());
            browser.find("upload:submit").click();
            browser.awaitText("files", "garden-photo.png");
            browser.screenshots("wiki-files");
            browser.open("/s/" + SPACE + "/wiki/field-notes/files/plot-map.png");
            assertThat(browser.driver().findElements(By.tagName("img"))).hasSize(1);
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(svg);
            Files.deleteIfExists(dir);
        }
    }
}
