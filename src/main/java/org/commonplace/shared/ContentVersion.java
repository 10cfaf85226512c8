package org.commonplace.shared;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that changes whenever content that readers see may have changed: any insert, update or delete of an
 * entity that is not {@link PrivateState}. Caches of rendered pages keep the number they were filled under and are
 * stale as soon as it moves. {@link ContentChangeListener} moves it both when the change is flushed and again when
 * its transaction completes, so a render that read the old rows between the two can never stay cached.
 */
public final class ContentVersion {

    private static final AtomicLong VERSION = new AtomicLong(1);

    private ContentVersion() {
    }

    public static long current() {
        return VERSION.get();
    }

    public static void changed() {
        VERSION.incrementAndGet();
    }
}
