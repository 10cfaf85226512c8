package org.commonplace.imports.mbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds reply trees from list messages with Jamie Zawinski's threading algorithm (the basis of the
 * RFC 5256 REFERENCES algorithm).
 *
 * <p>One container per Message-ID, with placeholders for ids that are only referenced; the References
 * chain (plus In-Reply-To when References does not end with it) is linked pairwise, refusing any link
 * that would make a cycle and never overriding an existing link; a message's own parent is the last id
 * of that chain. Empty containers are pruned (a childless placeholder disappears, a placeholder with one
 * child or below the root level is replaced by its children). Optionally, roots with the same
 * normalised subject are grouped when the later one is a reply ("Re: ..."). Everything is sorted by
 * date. A repeated Message-ID (cross-post, re-delivery) keeps both messages, the second as a reply-less
 * sibling with a suffixed id.
 */
public final class JwzThreader {

    private static final Pattern SUBJECT_PREFIX = Pattern.compile(
            "(?i)^\\s*(?:(?:re|fwd?|aw|sv|vs|wg|r|rif|i|tr|antw|odp|ynt)\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]\\s*|\\[[^\\]]{1,40}\\]\\s*)");

    private final boolean groupBySubject;

    public JwzThreader(boolean groupBySubject) {
        this.groupBySubject = groupBySubject;
    }

    /** Strips reply/forward prefixes (also localised ones) and {@code [list]} tags, repeatedly. */
    public static String normaliseSubject(String subject) {
        if (subject == null) {
            return "";
        }
        String s = subject.strip();
        String previous;
        do {
            previous = s;
            s = SUBJECT_PREFIX.matcher(s).replaceFirst("").strip();
        } while (!s.equals(previous));
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** True when the subject starts with a reply or forward prefix (after any list tag). */
    public static boolean isReplySubject(String subject) {
        if (subject == null) {
            return false;
        }
        String s = subject.strip().replaceFirst("^(\\[[^\\]]{1,40}\\]\\s*)+", "");
        return s.matches("(?is)^(re|fwd?|aw|sv|vs|wg|r|rif|antw|odp|ynt)\\s*(\\[\\d+\\]|\\(\\d+\\))?\\s*[:：].*");
    }

    /** Threads the messages; returns the roots sorted by date (messages without a date last). */
    public List<MailThread> thread(List<MailMessage> messages) {
        Map<String, Container> byId = new LinkedHashMap<>();
        for (MailMessage message : messages) {
            String id = message.messageId();
            Container c = byId.get(id);
            if (c != null && c.message != null) {
                int n = 2;
                while (byId.containsKey(id + "#" + n)) {
                    n++;
                }
                id = id + "#" + n;
                c = null;
            }
            if (c == null) {
                c = new Container(id);
                byId.put(id, c);
            }
            c.message = message;

            List<String> chain = new ArrayList<>(message.references());
            if (message.inReplyTo() != null && (chain.isEmpty() || !chain.get(chain.size() - 1).equals(message.inReplyTo()))) {
                chain.remove(message.inReplyTo());
                chain.add(message.inReplyTo());
            }
            chain.removeIf(ref -> ref.equals(message.messageId()));
            Container previous = null;
            for (String ref : chain) {
                Container r = byId.computeIfAbsent(ref, Container::new);
                if (previous != null && r.parent == null && previous != r && !previous.hasAncestor(r)) {
                    r.setParent(previous);
                }
                previous = r;
            }
            if (c.parent != null) {
                c.parent.children.remove(c);
                c.parent = null;
            }
            if (previous != null && previous != c && !previous.hasAncestor(c)) {
                c.setParent(previous);
            }
        }

        List<Container> roots = new ArrayList<>();
        for (Container c : byId.values()) {
            if (c.parent == null) {
                roots.add(c);
            }
        }
        List<Container> pruned = new ArrayList<>();
        for (Container root : roots) {
            pruned.addAll(prune(root, true));
        }
        for (Container root : pruned) {
            root.parent = null;
        }
        if (groupBySubject) {
            pruned = groupBySubject(pruned);
        }
        List<MailThread> result = new ArrayList<>();
        for (Container root : pruned) {
            result.add(root.toThread());
        }
        result.sort(BY_DATE);
        return List.copyOf(result);
    }

    private static final Comparator<MailThread> BY_DATE = Comparator.comparing(MailThread::earliestDate,
            Comparator.nullsLast(Comparator.naturalOrder()));

    /** Returns what replaces {@code c} in its parent's child list after pruning. */
    private static List<Container> prune(Container c, boolean atRoot) {
        List<Container> newChildren = new ArrayList<>();
        for (Container child : new ArrayList<>(c.children)) {
            newChildren.addAll(prune(child, false));
        }
        c.children.clear();
        for (Container child : newChildren) {
            child.parent = c;
            c.children.add(child);
        }
        if (c.message != null) {
            return List.of(c);
        }
        if (c.children.isEmpty()) {
            return List.of();
        }
        if (!atRoot || c.children.size() == 1) {
            return new ArrayList<>(c.children);
        }
        return List.of(c);
    }

    private List<Container> groupBySubject(List<Container> roots) {
        List<Container> sorted = new ArrayList<>(roots);
        sorted.sort(Comparator.comparing(Container::earliest, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, Container> firstBySubject = new HashMap<>();
        List<Container> out = new ArrayList<>();
        for (Container root : sorted) {
            String subject = root.subject();
            String key = normaliseSubject(subject);
            Container first = key.isEmpty() ? null : firstBySubject.get(key);
            if (first != null && root.message != null && isReplySubject(subject)) {
                root.setParent(first);
                continue;
            }
            if (!key.isEmpty()) {
                firstBySubject.putIfAbsent(key, root);
            }
            out.add(root);
        }
        return out;
    }

    /** Mutable working node of the algorithm. */
    private static final class Container {
        final String id;
        MailMessage message;
        Container parent;
        final List<Container> children = new ArrayList<>();

        Container(String id) {
            this.id = id;
        }

        void setParent(Container p) {
            parent = p;
            p.children.add(this);
        }

        /** True when {@code other} is this container or one of its ancestors. */
        boolean hasAncestor(Container other) {
            int guard = 0;
            for (Container x = this; x != null; x = x.parent) {
                if (x == other || ++guard > 1_000_000) {
                    return true;
                }
            }
            return false;
        }

        String subject() {
            if (message != null) {
                return message.subject();
            }
            return children.isEmpty() ? "" : children.get(0).subject();
        }

        Instant earliest() {
            Instant best = message == null ? null : message.date();
            for (Container c : children) {
                Instant d = c.earliest();
                if (d != null && (best == null || d.isBefore(best))) {
                    best = d;
                }
            }
            return best;
        }

        MailThread toThread() {
            List<MailThread> kids = new ArrayList<>();
            for (Container c : children) {
                kids.add(c.toThread());
            }
            kids.sort(BY_DATE);
            return new MailThread(id, message, kids);
        }
    }
}
