package org.commonplace.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.Post;
import org.commonplace.phrasebook.Term;
import org.commonplace.wiki.Page;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Keeps the index in step with the database. At start-up (after migrations and seed content) it compares the
 * documents per type in the index with the rows the database says should be there, and rebuilds the index
 * when they differ, when an index folder is missing, or when the index cannot be read. Site admins start the
 * same rebuild by hand and watch its progress. Start-up waits up to {@link #START_WAIT} for the check, then
 * lets a long rebuild finish in the background (search answers from the partial index meanwhile).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "SeedLoader"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexGuard {

    private static final Logger LOG = Logger.getLogger(IndexGuard.class.getName());
    static final Duration START_WAIT = Duration.ofSeconds(90);
    static final List<String> INDEXES = List.of(SearchMappingConfigurer.PAGE_INDEX, SearchMappingConfigurer.THREAD_INDEX,
            SearchMappingConfigurer.POST_INDEX, SearchMappingConfigurer.TERM_INDEX);

    public enum State { CHECKING, READY, REBUILDING, FAILED }

    /** Why and how the last check or rebuild ended; {@code rate} is documents per second of the last rebuild. */
    public record Status(State state, String reason, long done, long total, Map<DocKind, Long> indexCounts,
            Map<DocKind, Long> databaseCounts, long lastRebuildMillis, long lastRebuildDocuments) {

        public int percent() {
            return total <= 0 ? (state == State.READY ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }

        public long rate() {
            return lastRebuildMillis <= 0 ? 0 : lastRebuildDocuments * 1000 / lastRebuildMillis;
        }
    }

    @PersistenceUnit
    EntityManagerFactory emf;

    @Inject
    SearchService search;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile State state = State.CHECKING;
    private volatile String reason = "";
    private volatile Map<DocKind, Long> indexCounts = Map.of();
    private volatile Map<DocKind, Long> databaseCounts = Map.of();
    private volatile long lastRebuildMillis;
    private volatile long lastRebuildDocuments;

    private final RunMarker marker = new RunMarker(indexRoot());
    private final MappingVersion mappingVersion = new MappingVersion(indexRoot(), SearchDocumentBinder.MAPPING_VERSION);
    private volatile boolean uncleanStart;

    @PostConstruct
    void atStart() {
        uncleanStart = marker.start();
        Future<?> check = executor.submit(this::checkAndRepair);
        try {
            check.get(START_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.info("The search index is still being rebuilt; start-up goes on and search answers from the partial index.");
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "The search index check failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void atStop() {
        if (!running.get()) {
            marker.stop();
        }
    }

    public Status status() {
        return new Status(state, reason, done.get(), total.get(), indexCounts, databaseCounts, lastRebuildMillis,
                lastRebuildDocuments);
    }

    /** Compares index and database and rebuilds when they disagree; answers what it found. */
    public Status checkAndRepair() {
        String problem = problem();
        if (problem == null) {
            state = State.READY;
            reason = "index and database agree";
            LOG.info(() -> "Search index checked: " + indexCounts + " documents, as in the database");
            return status();
        }
        LOG.warning(() -> "Search index rebuild: " + problem);
        rebuild(problem);
        return status();
    }

    /** Why the index needs rebuilding, or null when it agrees with the database. */
    String problem() {
        if (uncleanStart) {
            uncleanStart = false;
            return "the server stopped without shutting down, so changes committed just before may be missing from the index";
        }
        for (String index : INDEXES) {
            if (!hasSegments(indexRoot().resolve(index))) {
                return "the index folder '" + index + "' is missing";
            }
        }
        String mapping = mappingVersion.problem();
        if (mapping != null) {
            return mapping;
        }
        try {
            databaseCounts = search.databaseCounts();
            indexCounts = search.indexCounts();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The search index cannot be read", e);
            return "the index cannot be read (" + e.getClass().getSimpleName() + ")";
        }
        if (!indexCounts.equals(databaseCounts)) {
            return "index counts " + indexCounts + " differ from the database " + databaseCounts;
        }
        return null;
    }

    /** Starts a rebuild in the background unless one is running; answers whether it started. */
    public boolean startRebuild(String why) {
        if (running.get()) {
            return false;
        }
        executor.submit(() -> rebuild(why));
        return true;
    }

    /** Drops and rebuilds every index from the database; one rebuild at a time. */
    public void rebuild(String why) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        state = State.REBUILDING;
        reason = why;
        done.set(0);
        total.set(0);
        Instant start = Instant.now();
        try {
            for (String index : INDEXES) {
                // A deleted index folder is made again so the rebuild can drop and create the index in it.
                Files.createDirectories(indexRoot().resolve(index));
            }
            try {
                massIndex();
            } catch (SearchException e) {
                // Dropping an index folder races with a writer that is still letting go of its files (seen when a folder
                // was deleted under a running server: "unable to drop … write.lock", NoSuchFileException). Once more.
                LOG.log(Level.WARNING, "Search index rebuild failed once; trying again", e);
                done.set(0);
                total.set(0);
                massIndex();
            }
            mappingVersion.record();
            lastRebuildMillis = Math.max(1, Duration.between(start, Instant.now()).toMillis());
            lastRebuildDocuments = done.get();
            databaseCounts = search.databaseCounts();
            indexCounts = search.indexCounts();
            state = State.READY;
            reason = "rebuilt: " + why;
            LOG.info(() -> "Search index rebuilt: " + lastRebuildDocuments + " documents in " + lastRebuildMillis + " ms ("
                    + status().rate() + " documents/s); index " + indexCounts + ", database " + databaseCounts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = State.FAILED;
            reason = "rebuild interrupted";
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index rebuild failed", e);
            state = State.FAILED;
            reason = "rebuild failed (" + why + "): " + e.getClass().getSimpleName();
        } finally {
            running.set(false);
        }
    }

    private void massIndex() throws InterruptedException {
        Search.mapping(emf).scope(List.of(Page.class, ForumThread.class, Post.class, Term.class)).massIndexer()
                .dropAndCreateSchemaOnStart(true)
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(50)
                .monitor(new Progress())
                // One segment per index: fewer segments make every search and facet count cheaper.
                .mergeSegmentsOnFinish(true)
                .startAndWait();
    }

    static Path indexRoot() {
        return Path.of(System.getProperty("jboss.server.data.dir", "data"), "search");
    }

    private static boolean hasSegments(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }

    private final class Progress implements MassIndexingMonitor {
        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
