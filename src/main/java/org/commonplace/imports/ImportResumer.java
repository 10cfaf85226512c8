package org.commonplace.imports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** At start-up, after the migrations: imports the server did not finish go on where they stopped. */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportResumer {

    private static final Logger LOG = Logger.getLogger(ImportResumer.class.getName());

    @Inject
    ImportService imports;

    @PostConstruct
    void resume() {
        try {
            imports.resumeInterrupted();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not resume interrupted imports", e);
        }
    }
}
