package org.commonplace.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.search.IndexGuard;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.Messages;

/** The site admin's view of the search index ({@code /admin/search}): counts, state, and a rebuild with progress. */
@Named("indexAdmin")
@RequestScoped
public class IndexAdminBacking {

    @Inject
    IndexGuard guard;

    @Inject
    CurrentViewer viewer;

    private IndexGuard.Status status;

    public void load() {
        requireAdmin();
    }

    private void requireAdmin() {
        if (!viewer.get().siteAdmin()) {
            throw new ForbiddenException("Only site administrators may do that.");
        }
    }

    public String rebuild() {
        requireAdmin();
        boolean started = guard.startRebuild("started by " + viewer.get().username());
        Messages.info(started ? "search.admin.started" : "search.admin.busy");
        return null;
    }

    public IndexGuard.Status getStatus() {
        if (status == null) {
            status = guard.status();
        }
        return status;
    }

    /** For the progress bar, which polls it. */
    public int getPercent() {
        return guard.status().percent();
    }
}
