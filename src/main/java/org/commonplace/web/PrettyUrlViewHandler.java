package org.commonplace.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;

/**
 * Forms on a view reached through {@link Routes} post back to the public URL the reader sees (for example
 * {@code /s/commons/members}), not to the internal {@code .xhtml} path.
 */
public class PrettyUrlViewHandler extends ViewHandlerWrapper {

    public PrettyUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object forwardedUri = context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedUri instanceof String uri && viewId.equals(context.getViewRoot() == null ? null : context.getViewRoot().getViewId())) {
            return uri;
        }
        return super.getActionURL(context, viewId);
    }
}
