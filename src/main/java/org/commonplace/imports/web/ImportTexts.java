package org.commonplace.imports.web;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The importers' UI texts (the {@code imsg} bundle) for messages made in Java. */
final class ImportTexts {

    private ImportTexts() {
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("org.commonplace.imports.web.messages").getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
