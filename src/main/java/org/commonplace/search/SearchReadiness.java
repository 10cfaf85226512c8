package org.commonplace.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the search index: down only when the index could not be checked or rebuilt; while a rebuild
 * runs it stays up (search answers from the partial index) and says how far the rebuild is.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    IndexGuard guard;

    @Override
    public HealthCheckResponse call() {
        IndexGuard.Status s = guard.status();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("search-index")
                .status(s.state() != IndexGuard.State.FAILED)
                .withData("state", s.state().name().toLowerCase())
                .withData("reason", s.reason());
        s.indexCounts().forEach((k, v) -> b.withData("documents." + k.key(), v));
        if (s.state() == IndexGuard.State.REBUILDING) {
            b.withData("progress", s.percent() + "%");
        }
        return b.build();
    }
}
