package org.commonplace.space;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * The viewer of the current request, worked out once from the authenticated caller. An anonymous request is answered
 * without asking the database: the container still names a caller principal for it ("anonymous"), but the request has
 * no user principal.
 */
@RequestScoped
public class CurrentViewer {

    @Inject
    SecurityContext securityContext;

    @Inject
    Viewers viewers;

    @Inject
    HttpServletRequest request;

    private Viewer viewer;

    public Viewer get() {
        if (viewer == null) {
            Principal principal = request.getUserPrincipal() == null ? null : securityContext.getCallerPrincipal();
            viewer = principal == null ? Viewer.anonymous() : viewers.byUsername(principal.getName()).orElse(Viewer.anonymous());
        }
        return viewer;
    }

    /** After sign-in or a membership change within this request, work the viewer out again. */
    public void refresh() {
        viewer = null;
    }
}
