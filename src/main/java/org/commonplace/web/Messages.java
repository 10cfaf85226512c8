package org.commonplace.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.InvalidInputException;

/** Page messages: from the bundle by key, or a business exception's own words next to the field it names. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
    }

    /**
     * Shows a business exception; an invalid-input one goes next to {@code formId:field} when the form has it.
     * Messages survive the redirect of post/redirect/get through the flash.
     */
    public static void show(BusinessException e, String formId) {
        String clientId = null;
        if (e instanceof InvalidInputException invalid && invalid.getField() != null && formId != null) {
            clientId = formId + ":" + invalid.getField();
        }
        error(clientId, e.getMessage());
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
