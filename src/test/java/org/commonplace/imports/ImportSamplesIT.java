package org.commonplace.imports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every sample of ../shared/test-data (and the synthetic Ning groups archive) imported through {@link ImportService}
 * into a space of its own, then imported again: a table of items created, skipped and failed and the time each
 * run took goes to the server log (and the test output), and every re-run must create nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ImportSamplesIT {

    private static final Logger LOG = Logger.getLogger(ImportSamplesIT.class.getName());
    private static final String NING_DISCUSSIONS = "imports/ning/SYNTHETIC-ning-discussions-local.json";
    private static final String NING_DISCUSSIONS_ZIP = "imports/ning/synthetic-discussions.zip";
    private static final String NING_GROUPS_ZIP = "imports/ning/groups-archive.zip";
    /** One sample and how it is imported; every sample goes in exactly as shipped. */
    private record Sample(String label, ImportFormat format, String resource) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("mbox.rlug", ImportFormat.MBOX, "imports/mbox/mbox.rlug"),
            new Sample("synthetic-mboxrd.mbox", ImportFormat.MBOX, "imports/mbox/synthetic-mboxrd.mbox"),
            new Sample("german-qp.msg (single message)", ImportFormat.MBOX, "imports/mbox/german-qp.msg"),
            new Sample("intl-encoded-words.msg (single message)", ImportFormat.MBOX, "imports/mbox/intl-encoded-words.msg"),
            new Sample("commons-template-export-0.9.xml", ImportFormat.MEDIAWIKI, "imports/mediawiki/commons-template-export-0.9.xml"),
            new Sample("mwxml-dump.export-0.8.xml", ImportFormat.MEDIAWIKI, "imports/mediawiki/mwxml-dump.export-0.8.xml"),
            new Sample("SYNTHETIC-ning-discussions-local.json (zip)", ImportFormat.NING, NING_DISCUSSIONS_ZIP),
            new Sample("SYNTHETIC-groups-archive (zip)", ImportFormat.NING, NING_GROUPS_ZIP));

    @Deployment
    static WebArchive deployment() throws IOException {
        WebArchive war = Deployments.withTests(ImportSamplesIT.class, NingFixture.class);
        for (Sample s : SAMPLES) {
            if (s.resource().endsWith(".zip")) {
                continue;
            }
            war.addAsResource(s.resource());
        }
        byte[] discussions;
        try (InputStream in = ImportSamplesIT.class.getClassLoader().getResourceAsStream(NING_DISCUSSIONS)) {
            discussions = in.readAllBytes();
        }
        return war.addAsResource(new ByteArrayAsset(NingFixture.zipOf("ning-discussions-local.json", discussions)), NING_DISCUSSIONS_ZIP)
                .addAsResource(new ByteArrayAsset(NingFixture.zip(NingFixture.GROUPS_ARCHIVE)), NING_GROUPS_ZIP);
    }

    @Inject
    ImportService imports;

    @Inject
    ImportStore store;

    @Inject
    SpaceService spaces;

    @Inject
    Viewers viewers;

    private Viewer ada() {
        return viewers.byUsername("ada").orElseThrow();
    }

    private static byte[] bytes(Sample s) throws IOException {
        try (InputStream in = ImportSamplesIT.class.getClassLoader().getResourceAsStream(s.resource())) {
            assertThat(in).as(s.resource()).isNotNull();
            return in.readAllBytes();
        }
    }

    private ImportJob run(Sample s, String space, byte[] archive) throws InterruptedException {
        long id = imports.upload(ada(), s.format(), space, false, s.label(), new ByteArrayInputStream(archive)).getId();
        long guard = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < guard) {
            ImportJob job = store.find(id).orElseThrow();
            if (job.isFinished()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private static long millis(ImportJob job) {
        return Duration.between(job.getStartedAt(), job.getFinishedAt()).toMillis();
    }

    @Test
    void everySampleImportsAndARerunCreatesNothing() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "| %-44s | %-6s | %7s | %7s | %6s | %7s | %-6s | %7s | %7s | %6s | %7s | %s |", "sample", "state",
                "created", "skipped", "failed", "ms", "re-run", "created", "skipped", "failed", "ms", "created by kind (first run)"));
        for (Sample s : SAMPLES) {
            String space = "smp-" + TestData.unique();
            spaces.create(ada(), space, "Sample " + space, "", Visibility.PUBLIC);
            byte[] archive = bytes(s);
            ImportJob first = run(s, space, archive);
            ImportJob again = run(s, space, archive);
            rows.add(String.format(Locale.ROOT, "| %-44s | %-6s | %7d | %7d | %6d | %7d | %-6s | %7d | %7d | %6d | %7d | %s |", s.label(),
                    first.getState().code(), first.getCreatedCount(), first.getSkippedCount(), first.getFailedCount(), millis(first),
                    again.getState().code(), again.getCreatedCount(), again.getSkippedCount(), again.getFailedCount(), millis(again),
                    first.getCounts()));
            assertThat(first.getState()).as(s.label() + " " + first.getProblems()).isEqualTo(ImportState.DONE);
            assertThat(first.getCreatedCount()).as(s.label()).isPositive();
            assertThat(again.getState()).as(s.label() + " re-run " + again.getProblems()).isEqualTo(ImportState.DONE);
            assertThat(again.getCreatedCount()).as(s.label() + " re-run").isZero();
            assertThat(again.getSkippedCount()).as(s.label() + " re-run skips what the first run made").isPositive();
        }
        String table = String.join("\n", rows);
        LOG.info(() -> "Import samples (first run, then re-run into the same space):\n" + table);
        System.out.println(table);
    }
}
