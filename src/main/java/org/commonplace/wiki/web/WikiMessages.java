package org.commonplace.wiki.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Messages of the wiki's page views, from their own bundle ({@code wmsg}), so the wiki's texts live in one
 * file next to its beans. Like {@link org.commonplace.web.Messages}, they survive a redirect through the flash.
 */
final class WikiMessages {

    private WikiMessages() {
    }

    static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "wmsg");
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    static void info(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }
}
