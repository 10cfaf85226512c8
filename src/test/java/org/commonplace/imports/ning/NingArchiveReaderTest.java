package org.commonplace.imports.ning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NingArchiveReaderTest {

    private static final String SAMPLE = "/imports/ning/SYNTHETIC-ning-discussions-local.json";

    @TempDir
    Path dir;

    private byte[] sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        }
    }

    private NingArchiveReader folderWith(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
        return new NingArchiveReader(NingArchive.ofFolder(dir));
    }

    @Test
    void syntheticSampleParsesOldestFirstWithCommentsOldestFirst() throws IOException {
        List<NingDiscussion> topics = folderWith("ning-discussions-local.json", sample()).discussions();

        assertThat(topics).extracting(NingDiscussion::id)
                .containsExactly("2190123:Topic:500", "2190123:Topic:501", "2190123:Topic:502");
        NingDiscussion newest = topics.get(2);
        assertThat(newest.comments()).extracting(NingComment::id)
                .containsExactly("2190123:Comment:610", "2190123:Comment:611");
        assertThat(newest.createdDate()).isEqualTo(Instant.parse("2011-05-02T10:15:00Z"));
        assertThat(newest.comments().get(0).createdDate()).isBefore(newest.comments().get(1).createdDate());
    }

    @Test
    void titlesAreUnescapedAndAttachmentQueriesStripped() throws IOException {
        NingDiscussion topic = folderWith("ning-discussions-local.json", sample()).discussions().get(2);
        assertThat(topic.title()).isEqualTo("Re-org & next steps");
        assertThat(topic.attachments()).containsExactly("discussions/attachments/2190123:Topic:502/file.pdf");
        assertThat(topic.descriptionHtml()).contains("src=\"//www.youtube.com/embed/XyZ123?wmode=opaque\"");
        assertThat(topic.category()).isEqualTo("Announcements");
    }

    @Test
    void categoryAndGroupVariants() throws IOException {
        List<NingDiscussion> topics = folderWith("ning-discussions-local.json", sample()).discussions();
        NingDiscussion groupOnly = topics.get(1);
        assertThat(groupOnly.category()).isNull();
        assertThat(groupOnly.groupId()).isEqualTo("2190123:Group:77");
        assertThat(groupOnly.attachments()).isEmpty();
        assertThat(groupOnly.comments()).isEmpty();
        NingDiscussion empty = topics.get(0);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.contributorName()).isEqualTo("2deleted");

        List<NingDiscussion> uncategorized = NingArchiveReader.parseDiscussions(
                "[{\"id\":\"9\",\"title\":\"t\",\"category\":\"Uncategorized\"}{\"id\":\"8\",\"category\":null}]"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(uncategorized).extracting(NingDiscussion::category).containsExactly(null, null);
    }

    @Test
    void attachmentFilesMissingOnDiskAreReported() throws IOException {
        NingArchiveReader reader = folderWith("ning-discussions-local.json", sample());
        Path att = dir.resolve("discussions/attachments/2190123:Topic:502");
        NingDiscussion topic = reader.discussions().get(2);
        assertThat(reader.attachmentExists(topic.attachments().get(0))).isFalse();
        Files.createDirectories(att);
        Files.writeString(att.resolve("file.pdf"), "%PDF");
        assertThat(reader.attachmentExists(topic.attachments().get(0))).isTrue();
        assertThat(reader.attachmentExists("../../etc/passwd")).isFalse();
        assertThat(reader.attachmentExists("//www.youtube.com/embed/x")).isFalse();
    }

    @Test
    void localFileIsPreferredAndPlainFileIsTheFallback() throws IOException {
        Files.writeString(dir.resolve("ning-discussions.json"), "[{\"id\":\"plain\",\"title\":\"P\"}]");
        NingArchiveReader reader = new NingArchiveReader(NingArchive.ofFolder(dir));
        assertThat(reader.discussions()).extracting(NingDiscussion::id).containsExactly("plain");
        Files.writeString(dir.resolve("ning-discussions-local.json"), "[{\"id\":\"local\",\"title\":\"L\"}]");
        assertThat(reader.discussions()).extracting(NingDiscussion::id).containsExactly("local");
        assertThat(reader.groups()).isEmpty();
        assertThat(reader.looksLikeNingArchive()).isFalse();
    }

    @Test
    void windows1252FileIsDecodedWhenNotUtf8() throws IOException {
        byte[] latin = "[{\"id\":\"1\",\"title\":\"Caf\u00e9 \u20ac\"}]".getBytes(NingText.WINDOWS_1252);
        assertThat(folderWith("ning-pages.json", latin).pages().get(0).title()).isEqualTo("Caf\u00e9 \u20ac");
        byte[] utf8 = "[{\"id\":\"1\",\"title\":\"Caf\u00e9 \u20ac\"}]".getBytes(StandardCharsets.UTF_8);
        assertThat(NingText.decode(utf8)).contains("Caf\u00e9 \u20ac");
    }

    @Test
    void membersGroupsBlogsAndNotes() throws IOException {
        Files.writeString(dir.resolve("ning-members-local.json"), "([{\"contributorName\":\"1xyz789\",\"fullName\":\"Ana &amp; Bo\","
                + "\"email\":\"ana@example.org/\",\"level\":\"admin owner\",\"state\":\"active\",\"profilePhoto\":\"members/1.jpg?width=80\","
                + "\"createdDate\":\"2009-01-02T03:04:05.000Z\",\"profileQuestions\":{\"About Me\":\"Gardener\",\"Age\":42},"
                + "\"comments\":[{\"contributorName\":\"b\",\"description\":\"new\"},{\"contributorName\":\"a\",\"description\":\"old\"}]}])");
        Files.writeString(dir.resolve("ning-groups.json"), "[{\"id\":\"g1\",\"title\":\"Rock &quot;n&quot; roll\",\"groupPrivacy\":\"private\","
                + "\"allowInvitations\":\"Y\",\"members\":[{\"contributorName\":\"1xyz789\",\"status\":\"admin\"}]}]");
        Files.writeString(dir.resolve("ning-blogs-local.json"), "[{\"id\":\"b1\",\"title\":\"\",\"publishStatus\":\"draft\","
                + "\"publishTime\":\"2012-02-02 10:00:00\"}]");
        Files.writeString(dir.resolve("ning-notes.json"), "[{\"id\":\"n1\",\"title\":\"Home\",\"description\":\"<p>hi</p>\"}]");
        NingArchiveReader reader = new NingArchiveReader(NingArchive.ofFolder(dir));

        assertThat(reader.looksLikeNingArchive()).isTrue();
        NingMember m = reader.members().get(0);
        assertThat(m.fullName()).isEqualTo("Ana & Bo");
        assertThat(m.email()).isEqualTo("ana@example.org");
        assertThat(m.levels()).containsExactlyInAnyOrder("admin", "owner");
        assertThat(m.profilePhoto()).isEqualTo("members/1.jpg");
        assertThat(m.profileQuestions()).containsEntry("About Me", "Gardener").containsEntry("Age", "42");
        assertThat(m.comments()).extracting(NingComment::descriptionHtml).containsExactly("old", "new");
        NingGroup g = reader.groups().get(0);
        assertThat(g.title()).isEqualTo("Rock \"n\" roll");
        assertThat(g.isPrivate()).isTrue();
        assertThat(g.allowInvitations()).isTrue();
        assertThat(g.members()).hasSize(1);
        NingBlogPost b = reader.blogPosts().get(0);
        assertThat(b.title()).isEmpty();
        assertThat(b.publishTime()).isEqualTo(Instant.parse("2012-02-02T10:00:00Z"));
        assertThat(reader.notes()).extracting(NingPage::kind, NingPage::title).containsExactly(org.assertj.core.groups.Tuple.tuple(NingPage.Kind.NOTE, "Home"));
    }

    @Test
    void authorsMissingFromMembersAreVisible() throws IOException {
        NingArchiveReader reader = folderWith("ning-discussions-local.json", sample());
        Files.writeString(dir.resolve("ning-members.json"), "[{\"contributorName\":\"1xyz789\"},{\"contributorName\":\"0abc123def456\"}]");
        var known = reader.members().stream().map(NingMember::contributorName).toList();
        assertThat(reader.discussions()).extracting(NingDiscussion::contributorName)
                .filteredOn(name -> !known.contains(name)).containsExactly("2deleted");
    }

    @Test
    void badRecordFailsWithFileName() throws IOException {
        NingArchiveReader reader = folderWith("ning-discussions.json", "[{\"id\": tru}]".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(reader::discussions).isInstanceOf(NingFormatException.class)
                .hasMessageContaining("ning-discussions.json");
    }

    @Test
    void datesAreParsedLeniently() {
        assertThat(NingText.parseDate("2011-05-02T10:15:00.000Z")).isEqualTo(Instant.parse("2011-05-02T10:15:00Z"));
        assertThat(NingText.parseDate("2011-05-02T12:15:00+02:00")).isEqualTo(Instant.parse("2011-05-02T10:15:00Z"));
        assertThat(NingText.parseDate("2011-05-02")).isEqualTo(Instant.parse("2011-05-02T00:00:00Z"));
        assertThat(NingText.parseDate("yesterday")).isNull();
        assertThat(NingText.unescapeHtml("&#39;a&#x27; &bogus; &")).isEqualTo("'a' &bogus; &");
    }

    @Test
    void zipIsReadWithTheSameResultAndRefusesZipSlip() throws IOException {
        Path zip = dir.resolve("archive.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("mynetwork/ning-discussions-local.json"));
            out.write(sample());
            out.putNextEntry(new ZipEntry("mynetwork/discussions/attachments/2190123:Topic:502/file.pdf"));
            out.write(new byte[] {1, 2, 3});
        }
        try (NingArchive archive = NingArchive.ofZip(zip)) {
            NingArchiveReader reader = new NingArchiveReader(archive);
            assertThat(reader.discussions()).hasSize(3);
            assertThat(reader.attachmentExists("discussions/attachments/2190123:Topic:502/file.pdf?x=1")).isTrue();
        }

        Path evil = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            out.putNextEntry(new ZipEntry("../../evil.sh"));
            out.write(1);
        }
        assertThatThrownBy(() -> NingArchive.ofZip(evil)).isInstanceOf(NingFormatException.class)
                .hasMessageContaining("escapes the archive root");
    }

    @Test
    void zipLimitsStopBombsAndHugeEntryCounts() throws IOException {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("ning-discussions.json"));
            out.write('[');
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                out.write(spaces);
            }
            out.write(']');
            for (int i = 0; i < 5; i++) {
                out.putNextEntry(new ZipEntry("f" + i));
            }
        }
        try (NingArchive archive = NingArchive.ofZip(bomb, 100, 1 << 20, 1L << 30)) {
            assertThatThrownBy(() -> new NingArchiveReader(archive).discussions())
                    .isInstanceOf(NingFormatException.class).hasMessageContaining("inflates past");
        }
        assertThatThrownBy(() -> NingArchive.ofZip(bomb, 3, 1 << 20, 1L << 30))
                .isInstanceOf(NingFormatException.class).hasMessageContaining("more than 3 entries");
    }

    @Test
    void folderPathsCannotEscape() {
        assertThatThrownBy(() -> NingArchive.safeRelativePath("a/../../b")).isInstanceOf(NingFormatException.class);
        assertThatThrownBy(() -> NingArchive.safeRelativePath("/etc/passwd")).isInstanceOf(NingFormatException.class);
        assertThatThrownBy(() -> NingArchive.safeRelativePath("C:\\x")).isInstanceOf(NingFormatException.class);
        assertThat(NingArchive.safeRelativePath("a/./b/../c.json")).isEqualTo("a/c.json");
    }

    private static Path groupsFixture() throws Exception {
        return Path.of(NingArchiveReaderTest.class.getResource("/imports/ning/SYNTHETIC-groups-archive/ning-groups-local.json").toURI()).getParent();
    }

    @Test
    void groupsFixtureGivesPrivacyAndMembersWithTheirStatusOldestFirst() throws Exception {
        NingArchiveReader reader = new NingArchiveReader(NingArchive.ofFolder(groupsFixture()));
        List<NingGroup> groups = reader.groups();
        assertThat(groups).extracting(NingGroup::id).containsExactly("2190123:Group:77", "2190123:Group:78");
        NingGroup stewards = groups.get(0);
        assertThat(stewards.title()).isEqualTo("Stewards' circle");
        assertThat(stewards.isPrivate()).isTrue();
        assertThat(stewards.members()).extracting(NingGroup.Member::contributorName, NingGroup.Member::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m-ana", "owner"), org.assertj.core.groups.Tuple.tuple("m-bogdan", "member"),
                org.assertj.core.groups.Tuple.tuple("m-carla", "banned"));
        NingGroup garden = groups.get(1);
        assertThat(garden.title()).isEqualTo("Garden & Allotments");
        assertThat(garden.isPrivate()).isFalse();
        assertThat(garden.privacy()).isEqualTo("public");
        assertThat(garden.iconUrl()).isEqualTo("groups/icons/78.png");
        assertThat(reader.members()).extracting(NingMember::contributorName).containsExactly("m-dan", "m-carla", "m-bogdan", "m-ana");
    }

    @Test
    void onlyIsPrivateOrThePrivacyWordMakesAGroupPrivate() {
        assertThat(groupFrom("{\"id\":\"g\",\"isPrivate\":\"Y\"}").isPrivate()).isTrue();
        assertThat(groupFrom("{\"id\":\"g\",\"groupPrivacy\":\"Private\"}").isPrivate()).isTrue();
        assertThat(groupFrom("{\"id\":\"g\",\"groupPrivacy\":\"public\",\"isPrivate\":false}").isPrivate()).isFalse();
        assertThat(groupFrom("{\"id\":\"g\"}").isPrivate()).isFalse();
    }

    private NingGroup groupFrom(String json) {
        try {
            Path folder = Files.createTempDirectory(dir, "g");
            Files.writeString(folder.resolve("ning-groups.json"), "(" + json + ")");
            return new NingArchiveReader(NingArchive.ofFolder(folder)).groups().get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void attachmentPathsLoseTheirQueryAndStayInsideTheArchive() throws Exception {
        NingArchiveReader reader = new NingArchiveReader(NingArchive.ofFolder(groupsFixture()));
        NingDiscussion budget = reader.discussions().stream().filter(d -> d.id().endsWith(":700")).findFirst().orElseThrow();
        assertThat(budget.attachments()).containsExactly("discussions/attachments/2190123:Topic:700/diagram.png",
                "discussions/attachments/2190123:Topic:700/minutes.txt", "discussions/attachments/2190123:Topic:700/lost.pdf");
        assertThat(budget.comments().get(1).attachments()).containsExactly("discussions/attachments/2190123:Topic:700/diagram.png");
        assertThat(reader.attachmentPath("./discussions//attachments/x.png?x=1")).contains("discussions/attachments/x.png");
        assertThat(reader.attachmentPath("../../../etc/passwd")).isEmpty();
        assertThat(reader.attachmentPath("/etc/passwd")).isEmpty();
        assertThat(reader.attachmentPath("https://example.org/a.png")).isEmpty();
        assertThat(reader.attachmentExists("discussions/attachments/2190123:Topic:700/lost.pdf")).isFalse();
        try (InputStream in = reader.openAttachment("discussions/attachments/2190123:Topic:700/minutes.txt").orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("Minutes of the stewards");
        }
        NingPage note = reader.notes().get(0);
        assertThat(note.attachments()).containsExactly("notes/attachments/2190123:Note:5/rules.txt");
    }
}
