package org.commonplace.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.audit.AuditLog;
import org.commonplace.imports.Units.AccountUnit;
import org.commonplace.imports.Units.PageUnit;
import org.commonplace.imports.Units.SpaceUnit;
import org.commonplace.imports.Units.ThreadUnit;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.shared.Tokens;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts and follows imports (site administrators only). A run reads its archive in the background, one
 * unit at a time through {@link ImportWriter}, and records its progress, counts and problems on its
 * {@link ImportJob}; one run at a time goes on. A run the server did not finish (stopped, crashed) is started
 * again when the application starts, and skips what it had written.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    /** The largest upload, through the page or the API: 1 GB (bigger archives go through the server folder). */
    public static final long MAX_UPLOAD_BYTES = 1L << 30;
    private static final int PROGRESS_EVERY = 5;

    @Inject
    ImportStore store;

    @Inject
    ImportWriter writer;

    @Inject
    SpaceService spaces;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private final ReentrantLock oneAtATime = new ReentrantLock();

    /** The folder big archives are put in for a server-side import; uploads are kept under it too. */
    public static Path importFolder() {
        String configured = ConfigProvider.getConfig().getOptionalValue("commonplace.import.dir", String.class).orElse(null);
        Path folder = configured != null ? Paths.get(configured)
                : Paths.get(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "commonplace-imports");
        try {
            Files.createDirectories(folder.resolve("uploads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.toAbsolutePath().normalize();
    }

    private static void requireAdmin(Viewer viewer) {
        if (viewer == null || !viewer.siteAdmin()) {
            throw new ForbiddenException("Only site administrators import and export archives.");
        }
    }

    /** Stores an uploaded archive (at most {@link #MAX_UPLOAD_BYTES}) and starts importing it. */
    public ImportJob upload(Viewer viewer, ImportFormat format, String spaceSlug, boolean dryRun, String fileName, InputStream body) {
        requireAdmin(viewer);
        Space space = spaces.get(viewer, spaceSlug);
        String name = fileName == null || fileName.isBlank() ? format.code() + "-upload" : Paths.get(fileName).getFileName().toString();
        Path target = importFolder().resolve("uploads").resolve(Tokens.random(12) + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
        long size;
        try (InputStream in = body; OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            size = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                size += n;
                if (size > MAX_UPLOAD_BYTES) {
                    throw new InvalidInputException("file", "An upload has at most 1 GB; put bigger archives in the import folder on the server.");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            deleteQuietly(target);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
        if (size == 0) {
            deleteQuietly(target);
            throw new InvalidInputException("file", "The file is empty.");
        }
        return start(viewer, format, space, dryRun, name, target, size);
    }

    /** Starts importing an archive (file or, for Ning, folder) already in the server's import folder. */
    public ImportJob fromServer(Viewer viewer, ImportFormat format, String spaceSlug, boolean dryRun, String relativePath) {
        requireAdmin(viewer);
        Space space = spaces.get(viewer, spaceSlug);
        Path file = inImportFolder(relativePath);
        long size;
        try {
            size = Files.isDirectory(file) ? 0 : Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(viewer, format, space, dryRun, relativePath, file, size);
    }

    /** Imports for real the archive a dry run looked at (its stored upload or server path). */
    public ImportJob runAfterDryRun(Viewer viewer, long dryRunId) {
        requireAdmin(viewer);
        ImportJob dry = get(viewer, dryRunId);
        if (!dry.isDryRun() || dry.getSourcePath() == null || !Files.exists(Paths.get(dry.getSourcePath()))) {
            throw new InvalidInputException("job", "That dry run's archive is no longer on the server; upload it again.");
        }
        Space space = spaces.get(viewer, dry.getSpaceSlug());
        return start(viewer, dry.getFormat(), space, false, dry.getSourceName(), Paths.get(dry.getSourcePath()), dry.getSourceSize());
    }

    static Path inImportFolder(String relativePath) {
        if (relativePath == null || relativePath.isBlank() || relativePath.length() > 500) {
            throw new InvalidInputException("path", "Give the archive's path inside the import folder.");
        }
        Path folder = importFolder();
        Path file = folder.resolve(relativePath.strip()).normalize();
        if (!file.startsWith(folder) || file.equals(folder)) {
            throw new InvalidInputException("path", "The archive must be inside the import folder " + folder + ".");
        }
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !file.toRealPath().startsWith(folder.toRealPath())) {
                throw new InvalidInputException("path", "There is no such archive in the import folder " + folder + ".");
            }
        } catch (IOException e) {
            throw new InvalidInputException("path", "There is no such archive in the import folder " + folder + ".");
        }
        return file;
    }

    private ImportJob start(Viewer viewer, ImportFormat format, Space space, boolean dryRun, String sourceName, Path file, long size) {
        ImportJob job = store.create(new ImportJob(format, space.getId(), space.getSlug(), dryRun, sourceName, file.toString(), size,
                viewer.accountId(), viewer.username(), clock.instant()));
        if (!dryRun) {
            audit.record(viewer, space.getId(), "import.start", format.code(), sourceName);
        }
        long id = job.getId();
        executor.submit(() -> run(id));
        return job;
    }

    public ImportJob get(Viewer viewer, long id) {
        requireAdmin(viewer);
        return store.find(id).orElseThrow(() -> new NotFoundException("There is no import " + id + "."));
    }

    public Paged<ImportJob> list(Viewer viewer, PageRequest page) {
        requireAdmin(viewer);
        return store.list(page);
    }

    /** Starts again the runs the server did not finish. */
    public void resumeInterrupted() {
        for (Long id : store.interrupted()) {
            LOG.info(() -> "Resuming import " + id);
            executor.submit(() -> run(id));
        }
    }

    /** Runs an import to its end (in the caller's thread; {@link #start} calls it in the background). */
    void run(long jobId) {
        oneAtATime.lock();
        try {
            ImportJob job = store.find(jobId).orElse(null);
            if (job == null || job.isFinished()) {
                return;
            }
            boolean resumed = job.getState() == ImportState.RUNNING;
            java.time.Instant started = clock.instant();
            store.started(jobId);
            ImportRun run = new ImportRun(jobId, job.getFormat(), job.getSpaceId() == null ? -1 : job.getSpaceId(), job.isDryRun(),
                    job.getCreatedBy());
            if (resumed) {
                run.problem("Resumed after an interruption: items written before it were skipped.");
            }
            ImportState end = ImportState.DONE;
            try {
                if (job.getSpaceId() == null) {
                    throw new IllegalStateException("The target space no longer exists.");
                }
                source(job).read(new Sink(run));
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Import " + jobId + " stopped", e);
                run.problem("The archive could not be read to its end: " + message(e));
                end = ImportState.FAILED;
            }
            store.finished(jobId, run, end);
            long millis = java.time.Duration.between(started, clock.instant()).toMillis();
            ImportState ended = end;
            LOG.info(() -> "Import " + jobId + " (" + job.getFormat().code() + (job.isDryRun() ? ", dry run" : "") + ", " + job.getSourceName()
                    + " -> " + job.getSpaceSlug() + ") " + ended.code() + ": created " + run.created() + " [" + run.countsText() + "], skipped "
                    + run.skipped() + ", failed " + run.failed() + ", " + millis + " ms");
            if (!job.isDryRun() && job.getSourcePath() != null && job.getSourcePath().startsWith(importFolder().resolve("uploads").toString())) {
                deleteQuietly(Paths.get(job.getSourcePath()));
            }
        } finally {
            oneAtATime.unlock();
        }
    }

    private static ImportSource source(ImportJob job) {
        Path path = Paths.get(job.getSourcePath());
        if (!Files.exists(path)) {
            throw new IllegalStateException("The archive " + job.getSourceName() + " is no longer on the server.");
        }
        return switch (job.getFormat()) {
            case MEDIAWIKI -> new MediaWikiSource(path);
            case MBOX -> new MboxSource(path, "mailing-list", "Mailing list");
            case NING -> new NingSource(path);
        };
    }

    private final class Sink implements ImportSource.Sink {
        private final ImportRun run;

        Sink(ImportRun run) {
            this.run = run;
        }

        @Override
        public void total(int units) {
            run.total(units);
            store.progress(run.jobId(), run);
        }

        @Override
        public void account(AccountUnit unit) {
            unit("Member " + unit.author().label(), () -> writer.account(run, unit));
        }

        @Override
        public void space(SpaceUnit unit) {
            run.defineSpace(unit);
            unit("Space \"" + unit.name() + "\"", () -> writer.space(run, unit));
        }

        @Override
        public void page(PageUnit unit) {
            unit("Page \"" + unit.title() + "\"", () -> writer.page(run, unit));
        }

        @Override
        public void thread(ThreadUnit unit) {
            unit("Thread \"" + unit.title() + "\"", () -> writer.thread(run, unit));
        }

        @Override
        public void problem(String text) {
            run.failed("Record", text);
        }

        private void unit(String label, java.util.function.Supplier<ImportRun.Tally> work) {
            try {
                run.merge(work.get());
            } catch (RuntimeException e) {
                run.failed(label, message(e));
            }
            run.unitDone();
            if (run.done() % PROGRESS_EVERY == 0 || run.done() == run.total()) {
                store.progress(run.jobId(), run);
            }
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof jakarta.transaction.RollbackException
                || t.getClass().getName().contains("Transaction") || t.getClass().getName().contains("EJB"))) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: a leftover upload is harmless
        }
    }

    /** For tests: every run so far has ended (none queued or running). */
    public boolean idle() {
        return store.interrupted().isEmpty();
    }

    List<Long> pending() {
        return store.interrupted();
    }
}
