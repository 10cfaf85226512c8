package org.commonplace.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Default entity listener (META-INF/orm.xml): every flushed change to a content entity moves {@link ContentVersion}
 * at once and once more after its transaction completes (committed or not), so caches filled from rows read before
 * the commit are dropped too.
 */
public class ContentChangeListener {

    private static final Logger LOG = Logger.getLogger(ContentChangeListener.class.getName());
    private static final Object KEY = new Object();
    private static volatile TransactionSynchronizationRegistry registry;

    @PostPersist
    @PostUpdate
    @PostRemove
    public void changed(Object entity) {
        if (entity instanceof PrivateState) {
            return;
        }
        ContentVersion.changed();
        TransactionSynchronizationRegistry tsr = registry();
        if (tsr == null || tsr.getTransactionStatus() != Status.STATUS_ACTIVE || tsr.getResource(KEY) != null) {
            return;
        }
        tsr.putResource(KEY, Boolean.TRUE);
        tsr.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                ContentVersion.changed();
            }
        });
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry tsr = registry;
        if (tsr == null) {
            try {
                tsr = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                registry = tsr;
            } catch (NamingException | RuntimeException e) {
                LOG.log(Level.FINE, "No transaction synchronization registry", e);
                return null;
            }
        }
        return tsr;
    }
}
