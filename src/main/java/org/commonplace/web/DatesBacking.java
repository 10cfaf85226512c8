package org.commonplace.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people read them: "5 minutes ago" for recent ones, a plain date (UTC) for older ones. */
@Named("dates")
@ApplicationScoped
public class DatesBacking {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    Clock clock;

    public String ago(Instant when) {
        if (when == null) {
            return "";
        }
        Duration d = Duration.between(when, clock.instant());
        if (d.isNegative() || d.toSeconds() < 60) {
            return "just now";
        }
        if (d.toMinutes() < 60) {
            return plural(d.toMinutes(), "minute") + " ago";
        }
        if (d.toHours() < 24) {
            return plural(d.toHours(), "hour") + " ago";
        }
        if (d.toDays() < 7) {
            return plural(d.toDays(), "day") + " ago";
        }
        return DATE.format(when);
    }

    public String full(Instant when) {
        return when == null ? "" : FULL.format(when);
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
