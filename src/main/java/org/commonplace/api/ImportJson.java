package org.commonplace.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonplace.imports.ImportJob;

/** An import's record as the API shows it. */
public record ImportJson(long id, String format, String space, String state, boolean dryRun, String source, String createdBy,
                         Instant createdAt, Instant startedAt, Instant finishedAt, int total, int done, int percent, int created,
                         int skipped, int failed, Map<String, Integer> counts, List<String> spaces, List<String> problems) {

    public static ImportJson of(ImportJob job) {
        return new ImportJson(job.getId(), job.getFormat().code(), job.getSpaceSlug(), job.getState().code(), job.isDryRun(),
                job.getSourceName(), job.getCreatedByName(), job.getCreatedAt(), job.getStartedAt(), job.getFinishedAt(),
                job.getTotalUnits(), job.getDoneUnits(), job.getPercent(), job.getCreatedCount(), job.getSkippedCount(),
                job.getFailedCount(), job.getCounts(), job.getSpaces(), job.getProblems());
    }
}
