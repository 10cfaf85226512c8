package org.commonplace.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/** Unique names for data a test makes for itself, so tests never depend on each other's rows. */
public final class TestData {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    public static final String DEMO_PASSWORD = "commonplace-demo";

    private TestData() {
    }

    /**
     * The application's base URL as seen from inside the server (in-container tests), honouring the socket
     * port offset that lets several test servers run side by side.
     */
    public static String serverBaseUrl() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    /** A short unique suffix: lower-case letters and digits, valid in usernames and space slugs. */
    public static String unique() {
        return Long.toString(System.nanoTime(), 36) + COUNTER.incrementAndGet();
    }
}
