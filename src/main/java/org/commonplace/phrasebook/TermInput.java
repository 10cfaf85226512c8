package org.commonplace.phrasebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonplace.shared.InvalidInputException;

/**
 * What an editor writes for a term, checked: term 1–100 characters, up to 20 aliases of the same length, a
 * definition of 1–280 characters, an explanation up to 64,000 characters, up to 20 related pages or threads
 * ({@code space/page-slug}, {@code /s/space/wiki/slug}, a thread number or {@code /t/123}).
 */
public record TermInput(String term, List<String> aliases, String definition, String explanation, List<String> related) {

    public TermInput {
        term = term == null ? "" : term.strip().replaceAll("\\s+", " ");
        if (term.isEmpty()) {
            throw new InvalidInputException("term", "Write the term.");
        }
        if (term.length() > Term.TERM_MAX) {
            throw new InvalidInputException("term", "A term has at most " + Term.TERM_MAX + " characters.");
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String a : aliases == null ? List.<String>of() : aliases) {
            String alias = a == null ? "" : a.strip().replaceAll("\\s+", " ");
            if (alias.isEmpty() || key(alias).equals(key(term))) {
                continue;
            }
            if (alias.length() > Term.TERM_MAX) {
                throw new InvalidInputException("aliases", "An alias has at most " + Term.TERM_MAX + " characters: \"" + alias.substring(0, 30) + "…\".");
            }
            unique.putIfAbsent(key(alias), alias);
        }
        if (unique.size() > Term.ALIASES_MAX) {
            throw new InvalidInputException("aliases", "A term has at most " + Term.ALIASES_MAX + " aliases.");
        }
        aliases = List.copyOf(unique.values());
        definition = definition == null ? "" : definition.strip().replaceAll("\\s+", " ");
        if (definition.isEmpty()) {
            throw new InvalidInputException("definition", "Write a short definition (it is what the tooltip shows).");
        }
        if (definition.length() > Term.DEFINITION_MAX) {
            throw new InvalidInputException("definition", "The short definition has " + definition.length() + " characters; at most "
                    + Term.DEFINITION_MAX + " fit in a tooltip. Move the rest into the explanation.");
        }
        explanation = explanation == null ? "" : explanation.strip();
        if (explanation.length() > Term.EXPLANATION_MAX) {
            throw new InvalidInputException("explanation", "The explanation has at most " + Term.EXPLANATION_MAX + " characters.");
        }
        List<String> refs = new ArrayList<>();
        for (String r : related == null ? List.<String>of() : related) {
            String ref = r == null ? "" : r.strip();
            if (ref.isEmpty()) {
                continue;
            }
            String normal = RelatedRef.normalise(ref);
            if (normal == null) {
                throw new InvalidInputException("related", "\"" + (ref.length() > 60 ? ref.substring(0, 60) + "…" : ref)
                        + "\" is neither a page (space/page, or its address) nor a thread (its number, or /t/123).");
            }
            if (!refs.contains(normal)) {
                refs.add(normal);
            }
        }
        if (refs.size() > Term.RELATED_MAX) {
            throw new InvalidInputException("related", "A term lists at most " + Term.RELATED_MAX + " related pages and threads.");
        }
        related = List.copyOf(refs);
    }

    /** The case-insensitive key terms and aliases are compared by. */
    public static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Splits a text box's lines or commas into a list. */
    public static List<String> lines(String text, boolean commas) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.split(commas ? "[\\r\\n,]+" : "[\\r\\n]+"));
    }
}
