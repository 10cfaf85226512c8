package org.commonplace.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/** Unique names for data a test makes for itself, so tests never depend on each other's rows. */
public final class TestData {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    public static final String DEMO_PASSWORD = "commonplace-demo";

    private TestData() {
    }

    /** A short unique suffix: lower-case letters and digits, valid in usernames and space slugs. */
    public static String unique() {
        return Long.toString(System.nanoTime(), 36) + COUNTER.incrementAndGet();
    }
}
