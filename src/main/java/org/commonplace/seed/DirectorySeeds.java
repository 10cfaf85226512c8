package org.commonplace.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonplace.casestudy.CaseStudy;
import org.commonplace.community.Activity;
import org.commonplace.community.Community;
import org.commonplace.people.Account;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.Tags;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the structured seed records of the directories from YAML: {@code profiles.yaml} (demo profiles),
 * {@code case-studies.yaml} and {@code communities.yaml}. Only the YAML node tree is read (no object construction,
 * no tags, aliases limited), and every record is checked with the same rules the forms use, so a bad file stops
 * start-up with the file, the line and the problem.
 */
public final class DirectorySeeds {

    public static final String PROFILES = "seed-content/profiles.yaml";
    public static final String CASE_STUDIES = "seed-content/case-studies.yaml";
    public static final String COMMUNITIES = "seed-content/communities.yaml";
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,100}");

    /** A demo profile for an account that may or may not exist. */
    public record ProfileSeed(String username, String organisation, List<String> expertise, String bio, List<String> links,
            boolean consulting, String consultingTerms) {
    }

    public record CaseStudySeed(String key, CaseStudy.Content content) {
    }

    public record CommunitySeed(String key, Community.Details details) {
    }

    /** Everything the three files hold. */
    public record Content(List<ProfileSeed> profiles, List<CaseStudySeed> caseStudies, List<CommunitySeed> communities) {
        public Content {
            profiles = List.copyOf(profiles);
            caseStudies = List.copyOf(caseStudies);
            communities = List.copyOf(communities);
        }
    }

    private DirectorySeeds() {
    }

    /** Reads the files packaged with the application; profiles only when asked (demo mode). */
    public static Content readPackaged(boolean withProfiles) {
        try (Reader profiles = withProfiles ? open(PROFILES) : null; Reader cases = open(CASE_STUDIES); Reader communities = open(COMMUNITIES)) {
            return read(profiles, cases, communities);
        } catch (IOException e) {
            throw new SeedException("seed-content", -1, e.getMessage());
        }
    }

    public static Content read(Reader profiles, Reader caseStudies, Reader communities) {
        return new Content(profiles == null ? List.of() : profiles(profiles), caseStudies(caseStudies), communities(communities));
    }

    static List<ProfileSeed> profiles(Reader reader) {
        List<ProfileSeed> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Record r : records(PROFILES, reader, "profiles")) {
            String username = r.required("username");
            if (!Account.USERNAME.matcher(username).matches()) {
                throw r.problem("\"" + username + "\" is not a valid username");
            }
            if (!seen.add(Account.key(username))) {
                throw r.problem("the profile of \"" + username + "\" appears twice");
            }
            result.add(r.checked(() -> {
                List<String> expertise = Tags.check(r.list("expertise"), Account.EXPERTISE_TAGS_MAX, "expertise", "Expertise");
                return new ProfileSeed(username, r.optional("organisation"), expertise, r.optional("bio"), r.list("links"),
                        r.flag("consulting"), r.optional("consultingTerms"));
            }));
        }
        return result;
    }

    static List<CaseStudySeed> caseStudies(Reader reader) {
        List<CaseStudySeed> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Record r : records(CASE_STUDIES, reader, "caseStudies")) {
            String key = r.key(seen);
            result.add(new CaseStudySeed(key, r.checked(() -> CaseStudy.Content.of(r.required("title"), r.required("organisation"),
                    r.required("sector"), r.required("region"), String.join(",", r.list("tools")), r.required("tried"),
                    r.required("outcome"), r.required("lessons"), r.optional("contact")))));
        }
        return result;
    }

    static List<CommunitySeed> communities(Reader reader) {
        List<CommunitySeed> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Record r : records(COMMUNITIES, reader, "communities")) {
            String key = r.key(seen);
            String activity = r.required("activity");
            Activity level;
            try {
                level = Activity.valueOf(activity.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                throw r.problem("\"activity\" is \"" + activity + "\"; expected very active, active, quiet or dormant");
            }
            result.add(new CommunitySeed(key, r.checked(() -> Community.Details.of(r.required("name"), r.required("url"),
                    r.required("platform"), String.join(",", r.list("topics")), r.optional("audience"), r.optional("description"), level))));
        }
        return result;
    }

    /** One mapping of a file's list, with its line for messages. */
    private record Record(String file, long line, Map<String, Node> fields) {

        SeedException problem(String text) {
            return new SeedException(file, line, text);
        }

        <T> T checked(java.util.function.Supplier<T> build) {
            try {
                return build.get();
            } catch (BusinessException e) {
                throw problem(e.getMessage());
            }
        }

        String key(Set<String> seen) {
            String key = required("key");
            if (!KEY.matcher(key).matches()) {
                throw problem("\"key\" must be lower-case letters, digits and dashes, not \"" + key + "\"");
            }
            if (!seen.add(key)) {
                throw problem("the key \"" + key + "\" appears twice");
            }
            return key;
        }

        String required(String name) {
            String v = optional(name);
            if (v == null || v.isBlank()) {
                throw problem("\"" + name + "\" is missing");
            }
            return v;
        }

        String optional(String name) {
            Node n = fields.get(name);
            if (n == null || isNull(n)) {
                return null;
            }
            if (!(n instanceof ScalarNode s)) {
                throw new SeedException(file, DirectorySeeds.line(n), "\"" + name + "\" must be text");
            }
            return s.getValue();
        }

        boolean flag(String name) {
            String v = optional(name);
            if (v == null) {
                return false;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw problem("\"" + name + "\" must be true or false");
            };
        }

        List<String> list(String name) {
            Node n = fields.get(name);
            if (n == null || isNull(n)) {
                return List.of();
            }
            if (!(n instanceof SequenceNode seq)) {
                throw new SeedException(file, DirectorySeeds.line(n), "\"" + name + "\" must be a list");
            }
            List<String> values = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) {
                    throw new SeedException(file, DirectorySeeds.line(item), "every entry of \"" + name + "\" must be text");
                }
                values.add(s.getValue());
            }
            return values;
        }
    }

    private static List<Record> records(String file, Reader reader, String listName) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(2 * 1024 * 1024);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            throw new SeedException(file, e.getProblemMark() == null ? -1 : e.getProblemMark().getLine() + 1, "not valid YAML (" + e.getProblem() + ")");
        } catch (YAMLException e) {
            throw new SeedException(file, -1, "not valid YAML (" + e.getMessage() + ")");
        }
        if (root == null) {
            throw new SeedException(file, 1, "the file is empty");
        }
        if (!(root instanceof MappingNode map)) {
            throw new SeedException(file, line(root), "the file must hold a mapping with \"" + listName + ":\"");
        }
        Node list = fields(file, map).get(listName);
        if (!(list instanceof SequenceNode seq)) {
            throw new SeedException(file, line(root), "expected \"" + listName + ":\" with a list of entries");
        }
        List<Record> records = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                throw new SeedException(file, line(item), "every entry of \"" + listName + "\" must be a mapping of fields");
            }
            records.add(new Record(file, line(item), fields(file, m)));
        }
        return records;
    }

    private static Map<String, Node> fields(String file, MappingNode map) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new SeedException(file, line(t.getKeyNode()), "field names must be plain text");
            }
            fields.put(key.getValue(), t.getValueNode());
        }
        return fields;
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && n.getTag().getValue().endsWith(":null");
    }

    private static long line(Node n) {
        return n.getStartMark() == null ? -1 : n.getStartMark().getLine() + 1;
    }

    private static Reader open(String resource) {
        InputStream in = DirectorySeeds.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new SeedException(resource, -1, "the file is missing from the application");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
