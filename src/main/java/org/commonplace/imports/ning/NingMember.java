package org.commonplace.imports.ning;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A member from {@code ning-members[-local].json}.
 *
 * @param contributorName the member key that other records use as author
 * @param email the address, with the stray {@code /} some archives put after the domain removed
 * @param birthdate kept as shipped (a date without zone, or free text)
 * @param profilePhoto relative path with any {@code ?query} removed, or null
 * @param levels the words of {@code level} (admin, moderator, owner, member), possibly several
 * @param state active, suspended, left or pending, or null
 * @param profileQuestions question text to answer, in file order
 * @param comments the profile wall, oldest first
 */
public record NingMember(String contributorName, String fullName, String email, Instant createdDate,
                         String birthdate, String location, String country, String profilePhoto,
                         Set<String> levels, String state, Map<String, String> profileQuestions,
                         List<NingComment> comments) {

    public NingMember {
        levels = Set.copyOf(levels);
        profileQuestions = Collections.unmodifiableMap(new LinkedHashMap<>(profileQuestions));
        comments = List.copyOf(comments);
    }
}
