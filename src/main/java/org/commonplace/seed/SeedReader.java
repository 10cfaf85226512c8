package org.commonplace.seed;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonplace.people.Account;
import org.commonplace.space.Role;
import org.commonplace.space.Space;
import org.commonplace.space.Visibility;

/**
 * Parses the seed files (JSON) and checks every value, reporting the file and line of the first problem.
 * Lines are tracked per object while parsing, so a wrong value is reported where its object starts.
 */
public final class SeedReader {

    public static final String SPACES = "seed-content/spaces.json";
    public static final String DEMO_ACCOUNTS = "seed-content/demo-accounts.json";

    private final Map<JsonObject, Long> lines = new IdentityHashMap<>();

    /** Reads and checks the packaged seed files; demo accounts only when asked. */
    public static SeedContent readPackaged(boolean withDemoAccounts) {
        try (Reader spaces = open(SeedReader.SPACES); Reader demo = withDemoAccounts ? open(SeedReader.DEMO_ACCOUNTS) : null) {
            return new SeedReader().read(spaces, demo);
        } catch (IOException e) {
            throw new SeedException("seed-content", -1, e.getMessage());
        }
    }

    private static Reader open(String resource) {
        InputStream in = SeedReader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new SeedException(resource, -1, "the file is missing from the application");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    public SeedContent read(Reader spaces, Reader demoAccounts) {
        return read(spaces, demoAccounts, SeedReader::open);
    }

    /** Reads the seed, taking page files (paths under {@code seed-content/}) from {@code pages}. */
    public SeedContent read(Reader spaces, Reader demoAccounts, java.util.function.Function<String, Reader> pages) {
        JsonObject spacesRoot = parse(SPACES, spaces);
        List<SeedContent.SpaceSeed> spaceSeeds = new ArrayList<>();
        Set<String> slugs = new java.util.HashSet<>();
        for (JsonObject o : objects(SPACES, spacesRoot, "spaces")) {
            String slug = string(SPACES, o, "slug", true);
            if (!Space.SLUG.matcher(slug).matches()) {
                throw new SeedException(SPACES, line(o), "\"slug\" must be lower-case letters, digits and dashes, not \"" + slug + "\"");
            }
            if (!slugs.add(slug)) {
                throw new SeedException(SPACES, line(o), "the space \"" + slug + "\" appears twice");
            }
            List<SeedContent.PageSeed> pageSeeds = new ArrayList<>();
            JsonValue files = o.get("pages");
            if (files != null) {
                if (files.getValueType() != JsonValue.ValueType.ARRAY) {
                    throw new SeedException(SPACES, line(o), "\"pages\" must be a list of file names");
                }
                for (JsonValue f : files.asJsonArray()) {
                    String name = f instanceof JsonString js ? js.getString() : "";
                    if (!name.matches("[a-z0-9-]+\\.md")) {
                        throw new SeedException(SPACES, line(o), "page file \"" + f + "\" must be named like \"some-page.md\"");
                    }
                    String path = "seed-content/pages/" + slug + "/" + name;
                    try (Reader page = pages.apply(path)) {
                        pageSeeds.add(PageFiles.parse(path, name.substring(0, name.length() - 3), page));
                    } catch (IOException e) {
                        throw new SeedException(path, -1, e.getMessage());
                    }
                }
            }
            List<SeedContent.BoardSeed> boardSeeds = new ArrayList<>();
            if (o.containsKey("boards")) {
                for (JsonObject b : objects(SPACES, o, "boards")) {
                    String boardSlug = string(SPACES, b, "slug", true);
                    if (!Space.SLUG.matcher(boardSlug).matches()) {
                        throw new SeedException(SPACES, line(b), "board \"slug\" must be lower-case letters, digits and dashes, not \"" + boardSlug + "\"");
                    }
                    List<SeedContent.ThreadSeed> threadSeeds = new ArrayList<>();
                    JsonValue threadFiles = b.get("threads");
                    if (threadFiles != null) {
                        if (threadFiles.getValueType() != JsonValue.ValueType.ARRAY) {
                            throw new SeedException(SPACES, line(b), "\"threads\" must be a list of file names");
                        }
                        for (JsonValue f : threadFiles.asJsonArray()) {
                            String name = f instanceof JsonString js ? js.getString() : "";
                            if (!name.matches("[a-z0-9-]+\\.md")) {
                                throw new SeedException(SPACES, line(b), "thread file \"" + f + "\" must be named like \"some-thread.md\"");
                            }
                            String path = "seed-content/threads/" + slug + "/" + name;
                            try (Reader thread = pages.apply(path)) {
                                threadSeeds.add(ThreadFiles.parse(path, thread));
                            } catch (IOException e) {
                                throw new SeedException(path, -1, e.getMessage());
                            }
                        }
                    }
                    boolean questions = b.get("questions") == JsonValue.TRUE;
                    for (SeedContent.ThreadSeed t : threadSeeds) {
                        if (t.answer() != null && !questions) {
                            throw new SeedException(t.file(), 1, "\"answer:\" needs a question board, and \"" + boardSlug
                                    + "\" is not one (\"questions\": true)");
                        }
                    }
                    boardSeeds.add(new SeedContent.BoardSeed(boardSlug, string(SPACES, b, "name", true), string(SPACES, b, "description", false),
                            questions, threadSeeds));
                }
            }
            spaceSeeds.add(new SeedContent.SpaceSeed(slug, string(SPACES, o, "name", true),
                    string(SPACES, o, "description", false), enumValue(SPACES, o, "visibility", Visibility.class), pageSeeds, boardSeeds));
        }
        if (demoAccounts == null) {
            return new SeedContent(spaceSeeds, null, List.of());
        }
        JsonObject demoRoot = parse(DEMO_ACCOUNTS, demoAccounts);
        String password = string(DEMO_ACCOUNTS, demoRoot, "password", true);
        List<SeedContent.AccountSeed> accounts = new ArrayList<>();
        for (JsonObject o : objects(DEMO_ACCOUNTS, demoRoot, "accounts")) {
            String username = string(DEMO_ACCOUNTS, o, "username", true);
            if (!Account.USERNAME.matcher(username).matches()) {
                throw new SeedException(DEMO_ACCOUNTS, line(o), "\"" + username + "\" is not a valid username");
            }
            Map<String, Role> memberships = new LinkedHashMap<>();
            JsonValue m = o.get("memberships");
            if (m != null && m.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new SeedException(DEMO_ACCOUNTS, line(o), "\"memberships\" must be an object of space slug to role");
            }
            if (m != null) {
                for (Map.Entry<String, JsonValue> e : m.asJsonObject().entrySet()) {
                    if (!slugs.contains(e.getKey())) {
                        throw new SeedException(DEMO_ACCOUNTS, line(o), "\"" + username + "\" is a member of \"" + e.getKey()
                                + "\", which is not in " + SPACES);
                    }
                    memberships.put(e.getKey(), parseEnum(DEMO_ACCOUNTS, line(o), "memberships." + e.getKey(), e.getValue(), Role.class));
                }
            }
            JsonValue admin = o.get("siteAdmin");
            accounts.add(new SeedContent.AccountSeed(username, string(DEMO_ACCOUNTS, o, "displayName", true),
                    string(DEMO_ACCOUNTS, o, "email", false), admin != null && admin == JsonValue.TRUE, memberships));
        }
        return new SeedContent(spaceSeeds, password, accounts);
    }

    private JsonObject parse(String file, Reader reader) {
        try (JsonParser parser = Json.createParser(reader)) {
            if (!parser.hasNext()) {
                throw new SeedException(file, 1, "the file is empty");
            }
            JsonParser.Event first = parser.next();
            if (first != JsonParser.Event.START_OBJECT) {
                throw new SeedException(file, parser.getLocation().getLineNumber(), "the file must hold one JSON object");
            }
            return (JsonObject) value(parser, first);
        } catch (JsonParsingException e) {
            throw new SeedException(file, e.getLocation() == null ? -1 : e.getLocation().getLineNumber(),
                    "not valid JSON (" + e.getMessage() + ")");
        }
    }

    private JsonValue value(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case START_OBJECT -> {
                long line = parser.getLocation().getLineNumber();
                JsonObjectBuilder builder = Json.createObjectBuilder();
                JsonParser.Event e;
                while ((e = parser.next()) != JsonParser.Event.END_OBJECT) {
                    String key = parser.getString();
                    builder.add(key, value(parser, parser.next()));
                }
                JsonObject object = builder.build();
                lines.put(object, line);
                yield object;
            }
            case START_ARRAY -> {
                JsonArrayBuilder builder = Json.createArrayBuilder();
                JsonParser.Event e;
                while ((e = parser.next()) != JsonParser.Event.END_ARRAY) {
                    builder.add(value(parser, e));
                }
                yield builder.build();
            }
            case VALUE_STRING -> Json.createValue(parser.getString());
            case VALUE_NUMBER -> Json.createValue(parser.getBigDecimal());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new IllegalStateException("unexpected " + event);
        };
    }

    private long line(JsonObject o) {
        return lines.getOrDefault(o, -1L);
    }

    private List<JsonObject> objects(String file, JsonObject root, String key) {
        JsonValue v = root.get(key);
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new SeedException(file, line(root), "expected \"" + key + "\": [ ... ]");
        }
        List<JsonObject> list = new ArrayList<>();
        for (JsonValue item : (JsonArray) v) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new SeedException(file, line(root), "every entry of \"" + key + "\" must be an object");
            }
            list.add(item.asJsonObject());
        }
        return list;
    }

    private String string(String file, JsonObject o, String key, boolean required) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                throw new SeedException(file, line(o), "\"" + key + "\" is missing");
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new SeedException(file, line(o), "\"" + key + "\" must be a string");
        }
        if (required && s.getString().isBlank()) {
            throw new SeedException(file, line(o), "\"" + key + "\" is empty");
        }
        return s.getString();
    }

    private <E extends Enum<E>> E enumValue(String file, JsonObject o, String key, Class<E> type) {
        JsonValue v = o.get(key);
        if (v == null) {
            throw new SeedException(file, line(o), "\"" + key + "\" is missing");
        }
        return parseEnum(file, line(o), key, v, type);
    }

    private static <E extends Enum<E>> E parseEnum(String file, long line, String key, JsonValue v, Class<E> type) {
        String text = v instanceof JsonString s ? s.getString() : String.valueOf(v);
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SeedException(file, line, "\"" + key + "\" is \"" + text + "\"; expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
