package org.commonplace.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.imports.Units.FileUnit;
import org.commonplace.imports.Units.InlineFile;
import org.commonplace.shared.InvalidInputException;

/**
 * Puts the files an item's text refers to ({@link InlineFile}) in place of their tokens: a stored image as an image,
 * anything else stored as a link, both to the file's wiki address; a file missing from the archive (or refused before
 * it was read, e.g. a path that leaves the archive) as plain text "(missing from the archive: name)", a file the
 * upload rules refuse as "(not imported: name: reason)". Each outcome is reported like the attachment list's. Pure
 * Java: storing is the caller's {@link Store}.
 */
final class InlineFileText {

    private static final Pattern TOKEN = Pattern.compile(InlineFile.TOKEN_START + "(\\d{1,6})" + InlineFile.TOKEN_END);

    /** A stored file: its site-absolute wiki address, its stored name and whether it is shown inline. */
    record Stored(String url, String filename, boolean rasterImage) {
    }

    /** The Markdown that shows a stored file: an image where one was asked for and the file is a raster image, else a link. */
    static String link(Stored stored, String label, boolean image) {
        return (image && stored.rasterImage() ? "!" : "") + "[" + label + "](" + stored.url() + ")";
    }

    /** Stores a file that is in the archive (once per key); throws {@link InvalidInputException} when refused. */
    @FunctionalInterface
    interface Store {
        Stored store(FileUnit file) throws IOException;
    }

    /** Where problems go: a failure counts against the run, a note is only listed. */
    interface Report {
        void failed(String text);

        void note(String text);
    }

    private final List<InlineFile> inline;
    private final String itemKey;
    private final Store store;
    private final Report report;

    private InlineFileText(List<InlineFile> inline, String itemKey, Store store, Report report) {
        this.inline = inline;
        this.itemKey = itemKey;
        this.store = store;
        this.report = report;
    }

    /** The Markdown with every token replaced (tokens of unknown files are dropped). */
    static String render(String markdown, List<InlineFile> inline, String itemKey, Store store, Report report) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return new InlineFileText(inline, itemKey, store, report).replace(markdown, inline.size());
    }

    /** Replaces the tokens of files before {@code limit}: a link's text holds only tokens made before the link. */
    private String replace(String markdown, int limit) {
        return TOKEN.matcher(markdown).replaceAll(m -> {
            int index = Integer.parseInt(m.group(1));
            return Matcher.quoteReplacement(index < limit ? one(index) : "");
        });
    }

    private String one(int index) {
        InlineFile ref = inline.get(index);
        FileUnit file = ref.file();
        String label = replace(ref.label() == null ? "" : ref.label(), index).strip();
        String name = ImportText.plain(file.name());
        String before = ref.image() || label.isEmpty() ? "" : label + " ";
        String where = "File " + file.path() + " in the text of " + itemKey;
        if (file.content() == null) {
            boolean refused = file.unavailable().startsWith("refused");
            if (refused) {
                report.failed(where + " " + file.unavailable());
            } else {
                report.note(where + ": " + file.unavailable());
            }
            return before + "(" + file.unavailable() + ": " + (refused ? ImportText.plain(file.path()) : name) + ")";
        }
        try {
            Stored stored = store.store(file);
            return link(stored, label.isEmpty() ? ImportText.plain(stored.filename()) : label, ref.image());
        } catch (InvalidInputException e) {
            report.failed(where + " not imported: " + e.getMessage());
            return before + "(not imported: " + name + ": " + ImportText.plain(e.getMessage()) + ")";
        } catch (IOException | UncheckedIOException e) {
            report.failed(where + " could not be read: " + e.getMessage());
            return before + "(not imported: " + name + ": it could not be read)";
        }
    }
}
