package org.commonplace.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The running totals of one import: units done, items created and skipped by kind, records that failed and why,
 * and the spaces it made (or, in a dry run, would make).
 */
public final class ImportRun {

    static final int MAX_PROBLEMS = 200;
    static final int MAX_SPACES = 200;

    private final long jobId;
    private final ImportFormat format;
    private final long spaceId;
    private final boolean dryRun;
    private final Long adminId;
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
    /** Items counted once per run although a dry run makes them again in each unit (the files page, a shared file). */
    private final Set<String> onceMade = new HashSet<>();
    /** The spaces made, for the report: one line each. */
    private final List<String> spaces = new ArrayList<>();
    /** What each space of the source is, so a dry run can make it again (and roll it back) for the units that go there. */
    private final Map<String, Units.SpaceUnit> spaceUnits = new LinkedHashMap<>();

    /**
     * @param adminId the site administrator who started the run: spaces are made in their name, and they administer them
     */
    public ImportRun(long jobId, ImportFormat format, long spaceId, boolean dryRun, Long adminId) {
        this.jobId = jobId;
        this.format = format;
        this.spaceId = spaceId;
        this.dryRun = dryRun;
        this.adminId = adminId;
    }

    /** What one unit's transaction did. */
    public static final class Tally {
        final Map<String, Integer> created = new LinkedHashMap<>();
        int skipped;
        final Set<String> accounts = new HashSet<>();
        final List<String> notes = new ArrayList<>();
        final Map<String, String> once = new LinkedHashMap<>();
        final List<String> spaces = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        void created(String kind) {
            created.merge(kind, 1, Integer::sum);
        }

        /** An item counted once per run under {@code key}, however often a dry run makes it again. */
        void createdOnce(String kind, String key) {
            once.put(kind + "\u0000" + key, kind);
        }

        /** A space made: counted, and listed in the report. */
        void space(String line) {
            created("spaces");
            spaces.add(line);
        }

        /** Part of a unit that could not be imported (the rest of the unit is): counted as failed and reported. */
        void failed(String note) {
            failures.add(note);
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
        tally.once.forEach((key, kind) -> {
            if (onceMade.add(key)) {
                created++;
                createdByKind.merge(kind, 1, Integer::sum);
            }
        });
        for (String line : tally.spaces) {
            if (spaces.size() < MAX_SPACES) {
                spaces.add(line.replace('\n', ' '));
            } else if (spaces.size() == MAX_SPACES) {
                spaces.add("(more spaces not listed)");
            }
        }
        skipped += tally.skipped;
        tally.notes.forEach(this::problem);
        for (String failure : tally.failures) {
            failed++;
            problem(failure);
        }
    }

    synchronized void defineSpace(Units.SpaceUnit unit) {
        spaceUnits.put(unit.key(), unit);
    }

    synchronized Units.SpaceUnit spaceUnit(String key) {
        return spaceUnits.get(key);
    }

    public synchronized List<String> spaces() {
        return Collections.unmodifiableList(new ArrayList<>(spaces));
    }

    public Long adminId() {
        return adminId;
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
