package org.commonplace.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.NotFoundException;

/**
 * A {@link NotFoundException} escaping a page becomes a real 404 (the same page a missing address gets, so
 * hidden invite-only content cannot be told from missing content); a {@link ForbiddenException} a 403.
 * Other business exceptions become a message on the page; everything else goes on to the error page.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(BusinessExceptionHandler.class.getName());

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext();) {
            Throwable cause = it.next().getContext().getException();
            while (cause != null && !(cause instanceof BusinessException) && cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
            }
            if (cause instanceof NotFoundException || cause instanceof ForbiddenException) {
                it.remove();
                int status = cause instanceof NotFoundException ? 404 : 403;
                Throwable reported = cause;
                LOG.log(java.util.logging.Level.FINE, reported, () -> status + " for " + context.getExternalContext().getRequestServletPath()
                        + ": " + reported.getMessage());
                try {
                    if (!context.getExternalContext().isResponseCommitted()) {
                        context.getExternalContext().responseSendError(status, cause.getMessage());
                    }
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                context.responseComplete();
            } else if (cause instanceof BusinessException business) {
                it.remove();
                Messages.error(null, business.getMessage());
            }
        }
        getWrapped().handle();
    }
}
