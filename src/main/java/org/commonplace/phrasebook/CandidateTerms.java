package org.commonplace.phrasebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceFilter;
import org.commonplace.space.Viewer;

/**
 * For editors: phrases (one to three words, stop words removed) that recur in the latest forum posts the editor
 * may read and are not yet terms or aliases, with how many posts use them and up to three of those posts.
 * Bounded: the newest {@value #POSTS_MAX} posts are read.
 */
@ApplicationScoped
@Transactional
public class CandidateTerms {

    static final int POSTS_MAX = 5000;
    static final int MIN_POSTS = 2;
    static final int LIMIT = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    SpaceAccess access;

    @Inject
    PhrasebookService phrasebook;

    @Inject
    org.commonplace.space.SpaceService spaces;

    /** A candidate phrase: in how many posts, and up to three of them. */
    public record Candidate(String phrase, int posts, List<Example> examples) {
    }

    public record Example(long threadId, long postId, String threadTitle) {
        public String url() {
            return "/t/" + threadId + "?post=" + postId + "#p" + postId;
        }
    }

    public List<Candidate> candidates(Viewer viewer) {
        return candidates(viewer, null);
    }

    /** Candidates from the posts of one space ({@code spaceSlug}), or of every space the viewer may read (null). */
    public List<Candidate> candidates(Viewer viewer, String spaceSlug) {
        if (!phrasebook.mayEditSomewhere(viewer)) {
            throw new ForbiddenException("Only editors see candidate terms.");
        }
        Long only = spaceSlug == null || spaceSlug.isBlank() ? null : spaces.get(viewer, spaceSlug).getId();
        SpaceFilter filter = access.readable(viewer);
        var query = filter.bind(em.createQuery("select po.id, th.id, th.title, po.markdown from Post po join po.thread th"
                + " join th.board b join b.space s where po.deleted = false and po.hiddenReason is null and " + filter.jpql("s")
                + (only == null ? "" : " and s.id = :only") + " order by po.id desc", Object[].class));
        if (only != null) {
            query.setParameter("only", only);
        }
        List<Object[]> rows = query.setMaxResults(POSTS_MAX).getResultList();
        List<Doc> docs = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            docs.add(new Doc(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3]));
        }
        return rank(docs, phrasebook.knownPhrases(viewer));
    }

    record Doc(long postId, long threadId, String threadTitle, String markdown) {
    }

    /** The counting itself (pure, unit-tested). */
    static List<Candidate> rank(List<Doc> docs, Set<String> known) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, List<Example>> examples = new HashMap<>();
        for (Doc d : docs) {
            for (String gram : grams(d.markdown())) {
                if (known.contains(gram)) {
                    continue;
                }
                counts.merge(gram, 1, Integer::sum);
                List<Example> ex = examples.computeIfAbsent(gram, k -> new ArrayList<>(3));
                if (ex.size() < 3) {
                    ex.add(new Example(d.threadId(), d.postId(), d.threadTitle()));
                }
            }
        }
        List<String> phrases = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_POSTS) {
                phrases.add(e.getKey());
            }
        }
        // a phrase inside a longer one that is used as often says nothing more: keep the longer one
        Set<String> dropped = new java.util.HashSet<>();
        for (String p : phrases) {
            if (p.indexOf(' ') > 0) {
                for (String part : subGrams(p)) {
                    if (counts.getOrDefault(part, 0).intValue() == counts.get(p).intValue()) {
                        dropped.add(part);
                    }
                }
            }
        }
        return phrases.stream().filter(p -> !dropped.contains(p))
                .sorted(Comparator.comparing((String p) -> -counts.get(p)).thenComparing(p -> -p.split(" ").length).thenComparing(p -> p))
                .limit(LIMIT).map(p -> new Candidate(p, counts.get(p), List.copyOf(examples.get(p)))).toList();
    }

    private static List<String> subGrams(String phrase) {
        String[] w = phrase.split(" ");
        List<String> out = new ArrayList<>();
        for (int n = 1; n < w.length; n++) {
            for (int i = 0; i + n <= w.length; i++) {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n)));
            }
        }
        return out;
    }

    /** The distinct 1–3 word phrases of a post: code, links and punctuation out; no phrase starts or ends with a stop word. */
    static Set<String> grams(String markdown) {
        String text = markdown.replaceAll("(?s)```.*?```", " ").replaceAll("`[^`]*`", " ")
                .replaceAll("https?://\\S+", " ").replaceAll("\\[\\[[^\\]]*\\]\\]", " ").replaceAll("(?m)^>.*$", " ")
                .toLowerCase(java.util.Locale.ROOT);
        Set<String> grams = new LinkedHashSet<>();
        for (String sentence : text.split("[.,;:!?()\\[\\]{}\"<>*_#|/\\\\=+\\n\\r\\t]+")) {
            String[] words = sentence.trim().split("[^\\p{L}\\p{N}'-]+");
            List<String> clean = new ArrayList<>();
            for (String w : words) {
                String x = w.replaceAll("^['-]+|['-]+$", "");
                if (!x.isEmpty()) {
                    clean.add(x);
                }
            }
            for (int i = 0; i < clean.size(); i++) {
                for (int n = 1; n <= 3 && i + n <= clean.size(); n++) {
                    String first = clean.get(i);
                    String last = clean.get(i + n - 1);
                    if (STOP.contains(first) || STOP.contains(last) || !Character.isLetter(first.charAt(0))) {
                        continue;
                    }
                    if (n == 1 && first.length() < 4) {
                        continue;
                    }
                    grams.add(String.join(" ", clean.subList(i, i + n)));
                }
            }
        }
        return grams;
    }

    static final Set<String> STOP = Set.of("a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
            "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "don't", "down", "during", "each", "even", "every", "few", "for", "from", "further", "get",
            "got", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "i'm", "i've", "if", "in",
            "into", "is", "it", "it's", "its", "just", "let", "like", "made", "make", "many", "may", "me", "might", "more", "most",
            "much", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
            "out", "over", "own", "really", "same", "she", "should", "so", "some", "still", "such", "than", "that", "that's", "the",
            "their", "them", "then", "there", "these", "they", "thing", "things", "think", "this", "those", "through", "to", "too",
            "under", "until", "up", "us", "use", "used", "very", "want", "was", "way", "we", "we're", "we've", "well", "were", "what",
            "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yes", "yet", "you", "you're", "your",
            "yours", "lot", "lots", "good", "great", "thanks", "thank", "sure", "maybe", "something", "anyone", "someone",
            "everyone", "people", "time", "know", "see", "said", "says", "say", "going", "new", "first", "last", "two", "three");
}
