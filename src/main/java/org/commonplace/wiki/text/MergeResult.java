package org.commonplace.wiki.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Outcome of a {@link ThreeWayMerge}: either a clean merged text, or the merged text with conflicts that
 * a person has to resolve.
 *
 * <p>Role: the edit service saves {@link #text()} when {@link #clean()}, and otherwise answers with the
 * conflict screen (or HTTP 409) built from {@link #conflicts()} or {@link #textWithMarkers(String, String)}.
 * Why the strictness: {@link #text()} refuses to answer for a conflicted merge, so that no caller can
 * save a half-merged text by accident ("never a silent overwrite").
 *
 * <p>The result is a sequence of {@link Part}s in text order: {@link Resolved} runs of lines that both
 * sides agree on (or that only one side changed), and {@link Conflict}s. All texts produced use
 * {@code \n} line breaks.
 */
public final class MergeResult {

    /** Default label of their side in {@link #textWithMarkers()}. */
    public static final String DEFAULT_THEIRS_LABEL = "theirs";
    /** Default label of my side in {@link #textWithMarkers()}. */
    public static final String DEFAULT_MINE_LABEL = "yours";

    /** A piece of the merged text. */
    public sealed interface Part permits Resolved, Conflict { }

    /**
     * Lines taken without question: unchanged by both, changed by one side only, or changed identically.
     *
     * @param lines the lines, without line breaks
     */
    public record Resolved(List<String> lines) implements Part {
        public Resolved {
            lines = List.copyOf(lines);
        }
    }

    private final List<Part> parts;
    private final List<Conflict> conflicts;
    private final boolean trailingNewline;

    MergeResult(List<Part> parts, boolean trailingNewline) {
        this.parts = List.copyOf(parts);
        this.conflicts = this.parts.stream()
                .filter(Conflict.class::isInstance).map(Conflict.class::cast).toList();
        this.trailingNewline = trailingNewline;
    }

    /** Whether the merge succeeded without conflicts. */
    public boolean clean() {
        return conflicts.isEmpty();
    }

    /**
     * The merged text.
     *
     * @return the merged text, with {@code \n} line breaks
     * @throws IllegalStateException when the merge has conflicts; use {@link #textWithMarkers(String, String)}
     *                               or {@link #conflicts()} then
     */
    public String text() {
        if (!clean()) {
            throw new IllegalStateException("merge has " + conflicts.size() + " conflict(s); no clean text");
        }
        List<String> lines = new ArrayList<>();
        for (Part part : parts) {
            lines.addAll(((Resolved) part).lines());
        }
        return Lines.join(lines, trailingNewline);
    }

    /** The conflicts in text order; empty when {@link #clean()}. */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** Resolved runs and conflicts in text order. */
    public List<Part> parts() {
        return parts;
    }

    /** {@link #textWithMarkers(String, String)} with the labels {@code theirs} and {@code yours}. */
    public String textWithMarkers() {
        return textWithMarkers(DEFAULT_THEIRS_LABEL, DEFAULT_MINE_LABEL);
    }

    /**
     * The merged text with every conflict written out git-style, both sides in full:
     * <pre>
     * &lt;&lt;&lt;&lt;&lt;&lt;&lt; theirsLabel
     * their lines
     * =======
     * my lines
     * &gt;&gt;&gt;&gt;&gt;&gt;&gt; mineLabel
     * </pre>
     * For a clean merge this equals {@link #text()}. The page text itself may contain lines that look
     * like markers, so this form is for editing in a text area; a conflict screen should be built from
     * {@link #conflicts()} / {@link #parts()}, which are unambiguous.
     *
     * @param theirsLabel label after the opening marker, e.g. {@code "theirs (r12)"}; may be empty
     * @param mineLabel   label after the closing marker, e.g. {@code "yours"}; may be empty
     * @return the text with markers, {@code \n} line breaks
     */
    public String textWithMarkers(String theirsLabel, String mineLabel) {
        List<String> lines = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Resolved resolved) {
                lines.addAll(resolved.lines());
            } else if (part instanceof Conflict conflict) {
                lines.add(marker("<<<<<<<", theirsLabel));
                lines.addAll(conflict.theirs());
                lines.add("=======");
                lines.addAll(conflict.mine());
                lines.add(marker(">>>>>>>", mineLabel));
            }
        }
        return Lines.join(lines, trailingNewline);
    }

    @Override
    public String toString() {
        return "MergeResult[clean=" + clean() + ", parts=" + parts.size() + ", conflicts=" + conflicts.size() + "]";
    }

    private static String marker(String marker, String label) {
        return label == null || label.isBlank() ? marker : marker + " " + label.strip();
    }
}
