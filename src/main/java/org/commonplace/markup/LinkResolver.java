package org.commonplace.markup;

/**
 * Answers, for the reader a page is rendered for, where a wiki link points. The wiki implements it
 * with the space access policy; the markup package only asks.
 *
 * <p>An implementation must answer {@link LinkResolution#hidden()} (never {@code missing} versus
 * {@code exists}) for a space the reader may not see, so that rendered pages are no existence
 * oracle. URLs it returns are still checked by {@link HtmlSanitizer}.
 */
@FunctionalInterface
public interface LinkResolver {

    /** Treats every target as missing and not creatable. */
    LinkResolver ALL_MISSING = (space, title) -> LinkResolution.missing();

    /**
     * @param spaceSlug the space written in {@code [[space:Title]]}, or {@code null} for the current space
     * @param title     the page title as written, whitespace collapsed, never blank
     * @return the resolution, never {@code null}
     */
    LinkResolution resolve(String spaceSlug, String title);
}
