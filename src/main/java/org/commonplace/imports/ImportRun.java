package org.commonplace.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The running totals of one import: units done, items created and skipped by kind, records that failed and why. */
public final class ImportRun {

    static final int MAX_PROBLEMS = 200;

    private final long jobId;
    private final ImportFormat format;
    private final long spaceId;
    private final boolean dryRun;
    private int total;
    private int done;
    private int created;
    private int skipped;
    private int failed;
    private int problemCount;
    private final Map<String, Integer> createdByKind = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    /** Accounts a dry run would make, counted once although each unit's transaction is rolled back. */
    private final Set<String> accountsMade = new HashSet<>();

    public ImportRun(long jobId, ImportFormat format, long spaceId, boolean dryRun) {
        this.jobId = jobId;
        this.format = format;
        this.spaceId = spaceId;
        this.dryRun = dryRun;
    }

    /** What one unit's transaction did. */
    public static final class Tally {
        final Map<String, Integer> created = new LinkedHashMap<>();
        int skipped;
        final Set<String> accounts = new HashSet<>();
        final List<String> notes = new ArrayList<>();

        void created(String kind) {
            created.merge(kind, 1, Integer::sum);
        }

        void skipped() {
            skipped++;
        }

        void note(String note) {
            notes.add(note);
        }
    }

    synchronized void merge(Tally tally) {
        tally.created.forEach((kind, n) -> {
            created += n;
            createdByKind.merge(kind, n, Integer::sum);
        });
        for (String account : tally.accounts) {
            if (accountsMade.add(account)) {
                created++;
                createdByKind.merge("accounts", 1, Integer::sum);
            }
        }
        skipped += tally.skipped;
        tally.notes.forEach(this::problem);
    }

    synchronized void failed(String what, String why) {
        failed++;
        problem(what + ": " + why);
    }

    synchronized void problem(String text) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(text.replace('\n', ' '));
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add("(more problems not listed)");
        }
    }

    synchronized void unitDone() {
        done++;
    }

    synchronized void total(int n) {
        total = n;
    }

    public long jobId() {
        return jobId;
    }

    public ImportFormat format() {
        return format;
    }

    public long spaceId() {
        return spaceId;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public synchronized int total() {
        return total;
    }

    public synchronized int done() {
        return done;
    }

    public synchronized int created() {
        return created;
    }

    public synchronized int skipped() {
        return skipped;
    }

    public synchronized int failed() {
        return failed;
    }

    public synchronized List<String> problems() {
        return Collections.unmodifiableList(new ArrayList<>(problems));
    }

    public synchronized String countsText() {
        return createdByKind.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
