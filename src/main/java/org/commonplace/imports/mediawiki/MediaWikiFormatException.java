package org.commonplace.imports.mediawiki;

/** Raised when a MediaWiki export cannot be read safely or does not have the expected structure. */
public class MediaWikiFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MediaWikiFormatException(String message) {
        super(message);
    }

    public MediaWikiFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
