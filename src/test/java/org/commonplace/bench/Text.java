package org.commonplace.bench;

import java.util.List;
import java.util.Random;

/**
 * Deterministic filler text for generated pages and posts: plain English-ish sentences about practice
 * communities, with Markdown features the renderer handles (headings, lists, emphasis, links, tables, quotes).
 */
final class Text {

    static final List<String> ADJECTIVES = List.of("Open", "Shared", "Quiet", "Practical", "Rapid", "Gentle", "Careful",
            "Weekly", "Local", "Remote", "Early", "Patient", "Honest", "Simple", "Layered", "Visual", "Written", "Spoken",
            "Playful", "Steady", "Fresh", "Deep", "Light", "Common", "Civic", "Hybrid", "Small", "Large", "Slow", "Clear");

    static final List<String> NOUNS = List.of("Retrospectives", "Check-ins", "Facilitation", "Onboarding", "Mentoring",
            "Feedback", "Decisions", "Agendas", "Workshops", "Harvesting", "Storytelling", "Listening", "Consent",
            "Dialogue", "Circles", "Roles", "Rituals", "Handovers", "Archives", "Playbooks", "Surveys", "Interviews",
            "Prototypes", "Pairing", "Reviews", "Templates", "Warm-ups", "Breakouts", "Summaries", "Glossaries",
            "Charters", "Newsletters", "Sprints", "Experiments", "Guilds", "Forums", "Meetups", "Sessions", "Notes", "Maps");

    static final List<String> WORDS = List.of("community", "practice", "member", "facilitator", "session", "question",
            "agenda", "notes", "decision", "proposal", "feedback", "round", "check-in", "energy", "timebox", "template",
            "harvest", "story", "pattern", "habit", "newcomer", "mentor", "archive", "thread", "summary", "workshop",
            "method", "exercise", "reflection", "outcome", "learning", "trust", "invitation", "role", "circle", "draft",
            "consent", "objection", "tension", "purpose", "the", "a", "we", "often", "usually", "then", "with", "for",
            "and", "when", "after", "before", "each", "every", "small", "group", "quietly", "together", "shared", "clear",
            "works", "helps", "keeps", "asks", "writes", "collects", "names", "tries", "moves", "starts", "ends");

    static final List<String> TAGS = List.of("howto", "method", "reference", "meeting", "onboarding", "remote",
            "template", "glossary", "decision", "retro", "training", "checklist");

    private Text() {
    }

    static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String sentence(Random random) {
        int n = 6 + random.nextInt(12);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = pick(random, WORDS);
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            } else {
                b.append(' ');
                int style = random.nextInt(40);
                if (style == 0) {
                    w = "**" + w + "**";
                } else if (style == 1) {
                    w = "*" + w + "*";
                } else if (style == 2) {
                    w = "`" + w + "`";
                }
            }
            b.append(w);
        }
        return b.append('.').toString();
    }

    static String paragraph(Random random, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(sentence(random));
        }
        return b.toString();
    }

    static String bullets(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 3 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(random.nextInt(5) == 0 ? "- [ ] " : "- ").append(sentence(random)).append('\n');
        }
        return b.toString();
    }

    static String table(Random random) {
        StringBuilder b = new StringBuilder("| step | who | how long |\n| --- | --- | --- |\n");
        int n = 3 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append("| ").append(pick(random, WORDS)).append(' ').append(pick(random, WORDS)).append(" | ")
                    .append(pick(random, WORDS)).append(" | ").append(5 + random.nextInt(50)).append(" min |\n");
        }
        return b.toString();
    }
}
