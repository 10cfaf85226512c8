package org.commonplace.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The wiki's listings and files against the real database: link table, tags, recent changes, attachments. */
@ExtendWith(ArquillianExtension.class)
class WikiListsIT {

    /** A real 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(WikiListsIT.class);
    }

    @Inject
    WikiService wiki;

    @Inject
    HistoryService history;

    @Inject
    LinkService links;

    @Inject
    PageListService pageList;

    @Inject
    FileService files;

    @Inject
    SpaceService spaces;

    @Inject
    Viewers viewers;

    private Viewer user(String name) {
        return viewers.byUsername(name).orElseThrow();
    }

    private String newSpace(Visibility visibility) {
        String slug = "lists-" + TestData.unique();
        spaces.create(user("ada"), slug, "Lists test " + slug, "", visibility);
        return slug;
    }

    private String page(String space, String title, String markdown) {
        return ((SaveOutcome.Saved) wiki.save(user("ada"), space, null, new Edit(title, markdown, "", false, 0))).page().getSlug();
    }

    private static ByteArrayInputStream bytes(byte[] data) {
        return new ByteArrayInputStream(data);
    }

    private static ByteArrayInputStream text(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void backlinksAndWantedPagesWithCountsAndACreatedPageLeavesTheWantedList() {
        String space = newSpace(Visibility.PUBLIC);
        page(space, "Alpha", "See [[Missing Thing]] and [[Beta]].");
        page(space, "Gamma", "Also [[Missing Thing]] and [[Other Gap]].");
        page(space, "Beta", "plain");

        assertThat(links.backlinks(user("ada"), space, "beta")).extracting(Page::getTitle).containsExactly("Alpha");
        assertThat(links.backlinks(user("ada"), space, "gamma")).isEmpty();

        List<WantedPage> wanted = links.wanted(Viewer.anonymous(), space);
        assertThat(wanted).extracting(WantedPage::slug).containsExactly("missing-thing", "other-gap");
        assertThat(wanted.get(0).links()).isEqualTo(2);
        assertThat(wanted.get(0).title()).isEqualTo("Missing Thing");
        assertThat(wanted.get(1).links()).isEqualTo(1);

        page(space, "Missing Thing", "now written");
        assertThat(links.wanted(Viewer.anonymous(), space)).extracting(WantedPage::slug).containsExactly("other-gap");
        assertThat(links.backlinks(user("ada"), space, "missing-thing")).extracting(Page::getTitle).containsExactly("Alpha", "Gamma");
    }

    @Test
    void orphansAreThePagesNobodyElseLinksTo() {
        String space = newSpace(Visibility.PUBLIC);
        page(space, "Hub", "[[Spoke]] and [[Hub]]");
        page(space, "Spoke", "back to nothing");
        page(space, "Lonely", "no links");
        assertThat(links.orphans(Viewer.anonymous(), space)).extracting(Page::getTitle).containsExactly("Hub", "Lonely");
    }

    @Test
    void pagesAreListedAToZAndPagedAndTagsAreCounted() {
        String space = newSpace(Visibility.PUBLIC);
        wiki.save(user("ada"), space, null, new Edit("zebra notes", "z", "", false, 0, "Animals, field-work"));
        wiki.save(user("ada"), space, null, new Edit("Aardvark", "a", "", false, 0, "animals"));
        page(space, "Meerkat", "m");
        var first = pageList.pages(Viewer.anonymous(), space, new PageRequest(1, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(Page::getTitle).containsExactly("Aardvark", "Meerkat");
        assertThat(pageList.pages(Viewer.anonymous(), space, new PageRequest(2, 2)).items()).extracting(Page::getTitle).containsExactly("zebra notes");

        assertThat(links.tagged(Viewer.anonymous(), space, "Animals")).extracting(Page::getTitle).containsExactly("Aardvark", "zebra notes");
        assertThat(links.tagged(Viewer.anonymous(), space, "field-work")).extracting(Page::getTitle).containsExactly("zebra notes");
        assertThat(links.tagged(Viewer.anonymous(), space, "nothing")).isEmpty();
        assertThat(pageList.tags(Viewer.anonymous(), space)).containsExactly(new TagCount("animals", 2), new TagCount("field-work", 1));
    }

    @Test
    void listingsOfAnInviteOnlySpaceAreNotFoundForOutsiders() {
        String hidden = newSpace(Visibility.INVITE_ONLY);
        page(hidden, "Secret", "[[Wanted Secret]]");
        assertThatThrownBy(() -> pageList.pages(user("otto"), hidden, new PageRequest(1, 10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> links.wanted(user("otto"), hidden)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> links.orphans(user("otto"), hidden)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> links.tagged(Viewer.anonymous(), hidden, "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> links.backlinks(user("otto"), hidden, "secret")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pageList.tags(user("otto"), hidden)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void siteWideRecentChangesShowAnInviteOnlySpaceOnlyToItsMembers() {
        String title = "Steward notes " + TestData.unique();
        wiki.save(user("ada"), "stewards", null, new Edit(title, "for stewards only", "private", false, 0));
        String publicTitle = "Commons notes " + TestData.unique();
        wiki.save(user("ada"), "commons", null, new Edit(publicTitle, "for everyone", "public", false, 0));
        PageRequest request = new PageRequest(1, 100);

        assertThat(history.recentChanges(user("otto"), null, false, request).items()).extracting(RecentChange::pageTitle)
                .contains(publicTitle).doesNotContain(title);
        assertThat(history.recentChanges(Viewer.anonymous(), null, false, request).items()).extracting(RecentChange::spaceSlug)
                .doesNotContain("stewards", "members-lounge");
        assertThat(history.recentChanges(user("mia"), null, false, request).items()).extracting(RecentChange::pageTitle)
                .contains(title, publicTitle);
        assertThat(history.recentChanges(user("ada"), null, false, request).items()).extracting(RecentChange::pageTitle)
                .contains(title, publicTitle);
        assertThatThrownBy(() -> history.recentChanges(user("otto"), "stewards", false, request)).isInstanceOf(NotFoundException.class);
        assertThat(history.recentChanges(user("mia"), "stewards", false, request).items()).extracting(RecentChange::pageTitle).contains(title);
    }

    @Test
    void latestChangesForHomePagesKeepTheSameRules() {
        String title = "Steward latest " + TestData.unique();
        wiki.save(user("ada"), "stewards", null, new Edit(title, "for stewards only", "private", false, 0));
        String publicTitle = "Commons latest " + TestData.unique();
        wiki.save(user("ada"), "commons", null, new Edit(publicTitle, "for everyone", "public", false, 0));

        assertThat(history.latestChanges(user("otto"), null, false, 8)).extracting(RecentChange::pageTitle)
                .contains(publicTitle).doesNotContain(title);
        assertThat(history.latestChanges(user("mia"), null, false, 8)).extracting(RecentChange::pageTitle)
                .startsWith(publicTitle, title).hasSizeLessThanOrEqualTo(8);
        assertThat(history.latestChanges(Viewer.anonymous(), null, false, 8)).extracting(RecentChange::spaceSlug)
                .doesNotContain("stewards", "members-lounge");
        assertThatThrownBy(() -> history.latestChanges(user("otto"), "stewards", false, 3)).isInstanceOf(NotFoundException.class);
        assertThat(history.latestChanges(user("mia"), "stewards", false, 3)).extracting(RecentChange::pageTitle).first().isEqualTo(title);
        assertThat(history.latestChanges(user("mia"), null, false, 8))
                .as("the same order as the paged list").isEqualTo(history.recentChanges(user("mia"), null, false, new PageRequest(1, 8)).items());
    }

    @Test
    void recentChangesOfASpaceCanHideMinorEdits() {
        String space = newSpace(Visibility.PUBLIC);
        String slug = page(space, "Minor Matters", "one");
        wiki.save(user("ada"), space, slug, new Edit("Minor Matters", "one, typo fixed", "typo", true, 1));
        wiki.save(user("ada"), space, slug, new Edit("Minor Matters", "one, typo fixed, and more", "more", false, 2));
        PageRequest request = new PageRequest(1, 10);
        var all = history.recentChanges(Viewer.anonymous(), space, false, request);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(RecentChange::revision).containsExactly(3, 2, 1);
        assertThat(all.items().get(1).minor()).isTrue();
        var major = history.recentChanges(Viewer.anonymous(), space, true, request);
        assertThat(major.total()).isEqualTo(2);
        assertThat(major.items()).extracting(RecentChange::revision).containsExactly(3, 1);
        assertThat(history.recentChanges(Viewer.anonymous(), space, false, new PageRequest(2, 2)).items()).extracting(RecentChange::revision)
                .containsExactly(1);
    }

    @Test
    void onlyAllowedTypesWhoseNameTypeAndContentAgreeAreAttached() {
        String space = newSpace(Visibility.PUBLIC);
        String slug = page(space, "Files", "f");
        Viewer ada = user("ada");
        StoredFile png = files.attach(ada, space, slug, "C:\\Users\\ada\\My Diagram (1).png", "image/png", bytes(PNG));
        assertThat(png.filename()).isEqualTo("My-Diagram-1.png");
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(files.attach(ada, space, slug, "notes.txt", "text/plain", text("hello")).contentType()).isEqualTo("text/plain");
        assertThat(files.attach(ada, space, slug, "report.pdf", "application/pdf", text("%PDF-1.7 ...")).contentType()).isEqualTo("application/pdf");
        assertThat(files.attach(ada, space, slug, "data.csv", "application/vnd.ms-excel", text("a,b\n1,2\n")).contentType()).isEqualTo("text/csv");

        assertThatThrownBy(() -> files.attach(ada, space, slug, "drawing.svg", "image/svg+xml", text("<svg onload=alert(1)/>")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be attached");
        assertThatThrownBy(() -> files.attach(ada, space, slug, "page.html", "text/html", text("<script>")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> files.attach(ada, space, slug, "noextension", "text/plain", text("x")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> files.attach(ada, space, slug, "fake.png", "text/html", bytes(PNG)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("text/html");
        assertThatThrownBy(() -> files.attach(ada, space, slug, "fake.png", "image/png", text("<html><script>alert(1)</script>")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("content");
        assertThatThrownBy(() -> files.attach(ada, space, slug, "empty.txt", "text/plain", bytes(new byte[0])))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> files.attach(ada, space, slug, "../../etc/passwd", "text/plain", text("x")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(files.list(Viewer.anonymous(), space, slug)).extracting(StoredFile::filename)
                .containsExactly("data.csv", "My-Diagram-1.png", "notes.txt", "report.pdf");
    }

    @Test
    void namesAreSanitised() {
        assertThat(FileService.sanitise("../../secret/evil.png")).isEqualTo("evil.png");
        assertThat(FileService.sanitise("a\u0000b\u202Egnp.exe.txt")).isEqualTo("abgnp.exe.txt");
        assertThat(FileService.sanitise("  My  photo <1>.JPG ")).isEqualTo("My-photo-1.JPG");
        assertThat(FileService.sanitise("..hidden.txt")).isEqualTo("hidden.txt");
        String longName = "x".repeat(300) + ".pdf";
        assertThat(FileService.sanitise(longName)).hasSize(200).endsWith(".pdf");
        assertThatThrownBy(() -> FileService.sanitise("///")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void filesAboveTheSizeLimitAreRefusedAndTheSameNameReplacesTheFile() {
        String space = newSpace(Visibility.PUBLIC);
        String slug = page(space, "Big Files", "f");
        Viewer ada = user("ada");
        byte[] tooBig = new byte[(int) FileService.MAX_BYTES + 1];
        Arrays.fill(tooBig, (byte) 'a');
        assertThatThrownBy(() -> files.attach(ada, space, slug, "big.txt", "text/plain", bytes(tooBig)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("larger than 10.0 MB");
        byte[] justRight = Arrays.copyOf(tooBig, (int) FileService.MAX_BYTES);
        assertThat(files.attach(ada, space, slug, "big.txt", "text/plain", bytes(justRight)).size()).isEqualTo(FileService.MAX_BYTES);

        files.attach(ada, space, slug, "same.txt", "text/plain", text("first"));
        StoredFile second = files.attach(ada, space, slug, "same.txt", "text/plain", text("second version"));
        assertThat(files.list(ada, space, slug)).extracting(StoredFile::filename).containsExactly("big.txt", "same.txt");
        StoredFile fetched = files.get(Viewer.anonymous(), space, slug, "same.txt");
        assertThat(new String(fetched.data(), StandardCharsets.UTF_8)).isEqualTo("second version");
        assertThat(fetched.size()).isEqualTo(second.size()).isEqualTo(14);
        assertThat(fetched.id()).isEqualTo(second.id());
        assertThatThrownBy(() -> files.get(ada, space, slug, "missing.txt")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void filesOfAHiddenSpaceAreNotFoundForOutsidersAndOnlyEditorsAttach() {
        String title = "Steward files " + TestData.unique();
        String slug = ((SaveOutcome.Saved) wiki.save(user("ada"), "stewards", null, new Edit(title, "x", "", false, 0))).page().getSlug();
        files.attach(user("mia"), "stewards", slug, "plan.txt", "text/plain", text("the plan"));
        assertThatThrownBy(() -> files.get(user("otto"), "stewards", slug, "plan.txt")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> files.get(Viewer.anonymous(), "stewards", slug, "plan.txt")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> files.list(user("otto"), "stewards", slug)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> files.attach(user("otto"), "stewards", slug, "x.txt", "text/plain", text("x"))).isInstanceOf(NotFoundException.class);
        assertThat(files.get(user("mia"), "stewards", slug, "plan.txt").uploader()).isEqualTo("mia");
        assertThat(files.get(user("mia"), "stewards", slug, "plan.txt").publicSpace()).isFalse();

        String open = newSpace(Visibility.PUBLIC);
        String openSlug = page(open, "Open", "o");
        assertThatThrownBy(() -> files.attach(user("otto"), open, openSlug, "x.txt", "text/plain", text("x"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> files.attach(Viewer.anonymous(), open, openSlug, "x.txt", "text/plain", text("x"))).isInstanceOf(ForbiddenException.class);
    }
}
