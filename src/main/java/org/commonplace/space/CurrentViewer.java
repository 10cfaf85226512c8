package org.commonplace.space;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * The viewer of the current request, worked out once from the request's user principal (the signed-in caller, as the
 * page cache also sees it). An anonymous request has none and is answered without asking the database; the caller
 * principal of Jakarta Security would name it "anonymous", which cost an account lookup per request.
 */
@RequestScoped
public class CurrentViewer {

    @Inject
    Viewers viewers;

    @Inject
    HttpServletRequest request;

    private Viewer viewer;

    public Viewer get() {
        if (viewer == null) {
            Principal principal = request.getUserPrincipal();
            viewer = principal == null ? Viewer.anonymous() : viewers.byUsername(principal.getName()).orElse(Viewer.anonymous());
        }
        return viewer;
    }

    /** After sign-in or a membership change within this request, work the viewer out again. */
    public void refresh() {
        viewer = null;
    }
}
