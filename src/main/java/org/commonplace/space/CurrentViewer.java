package org.commonplace.space;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The viewer of the current request, worked out once from the authenticated caller. */
@RequestScoped
public class CurrentViewer {

    @Inject
    SecurityContext securityContext;

    @Inject
    Viewers viewers;

    private Viewer viewer;

    public Viewer get() {
        if (viewer == null) {
            Principal principal = securityContext.getCallerPrincipal();
            viewer = principal == null ? Viewer.anonymous() : viewers.byUsername(principal.getName()).orElse(Viewer.anonymous());
        }
        return viewer;
    }

    /** After sign-in or a membership change within this request, work the viewer out again. */
    public void refresh() {
        viewer = null;
    }
}
