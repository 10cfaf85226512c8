package org.commonplace.seed;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.commonplace.shared.Settings;

/**
 * Runs at start-up after the migrations: reads the seed files from the WAR and applies them. A malformed
 * file throws {@link SeedException}, which fails the deployment with a message naming file and line.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

    @Inject
    SeedService seeds;

    @Inject
    Settings settings;

    @Inject
    PhrasebookSeeds phrasebookSeeds;

    @PostConstruct
    void load() {
        SeedContent content = SeedReader.readPackaged(settings.isDemo());
        SeedService.Report first = seeds.apply(content);
        SeedService.Report threads = seeds.applyThreads(content);
        SeedService.Report directory = seeds.applyDirectory(DirectorySeeds.readPackaged(settings.isDemo()));
        SeedService.Report terms = phrasebookSeeds.apply();
        SeedService.Report report = new SeedService.Report(first.applied() + threads.applied() + directory.applied() + terms.applied(),
                first.skipped() + threads.skipped() + directory.skipped() + terms.skipped());
        LOG.info(() -> "Seed content (" + settings.mode().name().toLowerCase() + " mode): " + report.applied() + " items applied, "
                + report.skipped() + " already present");
        if (!settings.isDemo()) {
            seeds.ensureFirstAdmin(settings.adminUsername(), settings.adminPassword().orElse(null), settings.adminEmail().orElse(null));
        }
    }
}
