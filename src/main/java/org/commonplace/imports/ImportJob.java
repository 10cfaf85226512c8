package org.commonplace.imports;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonplace.shared.BaseEntity;

/** The record of one import run: who started it, when, from what, into which space, and how it went. */
@Entity
@Table(name = "import_job")
public class ImportJob extends BaseEntity implements PrivateState {

    static final int PROBLEMS_MAX = 19_000;
    static final int SPACES_MAX = 4_000;
    static final int SOURCE_NAME_MAX = 300;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportFormat format;

    @Column(name = "space_id")
    private Long spaceId;

    @Column(name = "space_slug", nullable = false, length = 60)
    private String spaceSlug;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportState state;

    @Column(name = "source_name", nullable = false, length = SOURCE_NAME_MAX)
    private String sourceName;

    @Column(name = "source_path", length = 1000)
    private String sourcePath;

    @Column(name = "source_size", nullable = false)
    private long sourceSize;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_by_name", nullable = false, length = 40)
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "total_units", nullable = false)
    private int totalUnits;

    @Column(name = "done_units", nullable = false)
    private int doneUnits;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(nullable = false, length = 1000)
    private String counts = "";

    @Column(nullable = false, length = 20_000)
    private String problems = "";

    /** The spaces the run made (a dry run: would make), one line each. */
    @Column(nullable = false, length = SPACES_MAX)
    private String spaces = "";

    protected ImportJob() {
    }

    ImportJob(ImportFormat format, Long spaceId, String spaceSlug, boolean dryRun, String sourceName, String sourcePath, long sourceSize,
            Long createdBy, String createdByName, Instant createdAt) {
        this.format = format;
        this.spaceId = spaceId;
        this.spaceSlug = spaceSlug;
        this.dryRun = dryRun;
        this.state = ImportState.QUEUED;
        this.sourceName = sourceName.length() > SOURCE_NAME_MAX ? sourceName.substring(0, SOURCE_NAME_MAX) : sourceName;
        this.sourcePath = sourcePath;
        this.sourceSize = sourceSize;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
    }

    void start(Instant at) {
        state = ImportState.RUNNING;
        if (startedAt == null) {
            startedAt = at;
        }
    }

    void progress(ImportRun run) {
        totalUnits = run.total();
        doneUnits = run.done();
        createdCount = run.created();
        skippedCount = run.skipped();
        failedCount = run.failed();
        counts = run.countsText();
        String text = String.join("\n", run.problems());
        problems = text.length() > PROBLEMS_MAX ? text.substring(0, PROBLEMS_MAX) : text;
        String made = String.join("\n", run.spaces());
        spaces = made.length() > SPACES_MAX ? made.substring(0, made.lastIndexOf('\n', SPACES_MAX - 30) + 1) + "(more spaces not listed)" : made;
    }

    void finish(ImportState end, Instant at) {
        state = end;
        finishedAt = at;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public String getSpaceSlug() {
        return spaceSlug;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public ImportState getState() {
        return state;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public long getSourceSize() {
        return sourceSize;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getTotalUnits() {
        return totalUnits;
    }

    public int getDoneUnits() {
        return doneUnits;
    }

    /** 0 to 100, for the progress bar. */
    public int getPercent() {
        if (state == ImportState.DONE) {
            return 100;
        }
        return totalUnits == 0 ? 0 : Math.min(100, doneUnits * 100 / totalUnits);
    }

    public boolean isFinished() {
        return state == ImportState.DONE || state == ImportState.FAILED;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public int getFailedCount() {
        return failedCount;
    }

    /** Items by kind, e.g. {@code {accounts=3, threads=2, posts=9}}. */
    public Map<String, Integer> getCounts() {
        Map<String, Integer> map = new LinkedHashMap<>();
        if (!counts.isBlank()) {
            for (String part : counts.split(",")) {
                String[] kv = part.split("=", 2);
                if (kv.length == 2) {
                    map.put(kv[0], Integer.parseInt(kv[1]));
                }
            }
        }
        return map;
    }

    /** The spaces this run made, or (a dry run) would make: "slug — name (visibility, N members)". */
    public List<String> getSpaces() {
        return spaces.isBlank() ? List.of() : Arrays.asList(spaces.split("\n"));
    }

    public List<String> getProblems() {
        return problems.isBlank() ? List.of() : Arrays.asList(problems.split("\n"));
    }
}
