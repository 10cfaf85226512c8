package org.commonplace.imports.ning;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the record files of a Ning archive into immutable records, oldest first.
 *
 * <p>For each content type the {@code ning-<type>-local.json} file is preferred (its media references
 * are relative paths into the archive) and the plain {@code ning-<type>.json} used as a fallback; a type
 * with neither file yields an empty list. Each file is repaired by {@link NingJsonRepair} while streaming
 * and each top-level record parsed on its own with JSON-P, so one record is in text form at a time.
 * Ning writes newest first; lists returned here are reversed to oldest first, comments included.
 */
public final class NingArchiveReader {

    private static final String UNCATEGORIZED = "Uncategorized";

    private final NingArchive archive;
    private final int maxObjectChars;
    private java.util.function.Consumer<String> badRecords;

    public NingArchiveReader(NingArchive archive) {
        this(archive, NingJsonRepair.DEFAULT_MAX_OBJECT_CHARS);
    }

    public NingArchiveReader(NingArchive archive, int maxObjectChars) {
        this.archive = archive;
        this.maxObjectChars = maxObjectChars;
    }

    /**
     * From now on a record that cannot be parsed is reported to {@code sink} ("ning-discussions.json record 3:
     * ...") and skipped, instead of failing the whole file. Damage to the file's structure still fails it.
     */
    public NingArchiveReader skipBadRecords(java.util.function.Consumer<String> sink) {
        this.badRecords = sink;
        return this;
    }

    /** True when the archive looks like a Ning export (it has a members file, as SocialEngine checks). */
    public boolean looksLikeNingArchive() {
        return archive.exists("ning-members-local.json") || archive.exists("ning-members.json");
    }

    /** The name of the file that would be read for {@code type}, or empty when neither variant exists. */
    public Optional<String> sourceFile(String type) {
        String local = "ning-" + type + "-local.json";
        if (archive.exists(local)) {
            return Optional.of(local);
        }
        String plain = "ning-" + type + ".json";
        return archive.exists(plain) ? Optional.of(plain) : Optional.empty();
    }

    public List<NingDiscussion> discussions() {
        return read("discussions", NingArchiveReader::toDiscussion);
    }

    public List<NingMember> members() {
        return read("members", NingArchiveReader::toMember);
    }

    public List<NingGroup> groups() {
        return read("groups", NingArchiveReader::toGroup);
    }

    public List<NingBlogPost> blogPosts() {
        return read("blogs", NingArchiveReader::toBlogPost);
    }

    public List<NingPage> pages() {
        return read("pages", o -> toPage(NingPage.Kind.PAGE, o));
    }

    public List<NingPage> notes() {
        return read("notes", o -> toPage(NingPage.Kind.NOTE, o));
    }

    /** True when an attachment path from a record (query already stripped) is present in the archive. */
    public boolean attachmentExists(String path) {
        try {
            return path != null && !path.isBlank() && !path.contains("://") && !path.startsWith("//")
                    && archive.exists(NingText.stripQuery(path));
        } catch (NingFormatException unsafe) {
            return false;
        }
    }

    /**
     * Where an attachment reference (query already stripped) points inside the archive: its normalised path, or
     * empty for a web address or a path that would leave the archive root (the archive's own guard decides).
     */
    public Optional<String> attachmentPath(String reference) {
        if (reference == null || reference.isBlank() || reference.contains("://") || reference.startsWith("//")) {
            return Optional.empty();
        }
        try {
            return Optional.of(NingArchive.safeRelativePath(NingText.stripQuery(reference)));
        } catch (NingFormatException unsafe) {
            return Optional.empty();
        }
    }

    /** Opens an attachment at a path from {@link #attachmentPath}; empty when the archive has no such file. */
    public Optional<InputStream> openAttachment(String path) {
        return archive.open(path);
    }

    private <T> List<T> read(String type, Function<JsonObject, T> mapper) {
        Optional<String> file = sourceFile(type);
        if (file.isEmpty()) {
            return List.of();
        }
        String name = file.get();
        Charset charset = NingText.detectCharset(() -> openOrFail(name));
        List<T> out = new ArrayList<>();
        try (Reader reader = new InputStreamReader(openOrFail(name), charset)) {
            int[] index = {0};
            NingJsonRepair.scan(reader, maxObjectChars, text -> {
                index[0]++;
                if (badRecords == null) {
                    out.add(mapper.apply(parseObject(name, index[0], text)));
                    return;
                }
                try {
                    out.add(mapper.apply(parseObject(name, index[0], text)));
                } catch (RuntimeException e) {
                    badRecords.accept(name + " record " + index[0] + " skipped: " + e.getMessage());
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new NingFormatException("Cannot read " + name + ": " + e.getMessage(), e);
        } catch (NingFormatException e) {
            throw new NingFormatException(name + ": " + e.getMessage(), e);
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }

    private InputStream openOrFail(String name) {
        return archive.open(name).orElseThrow(() -> new NingFormatException("Missing file " + name));
    }

    private static JsonObject parseObject(String file, int index, String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new NingFormatException("record " + index + " in " + file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Parses one repaired JSON array text (for callers that already hold a small file in memory). */
    public static List<NingDiscussion> parseDiscussions(byte[] fileBytes) {
        List<NingDiscussion> out = new ArrayList<>();
        String text = NingText.decode(fileBytes);
        NingJsonRepair.scan(new StringReader(text), NingJsonRepair.DEFAULT_MAX_OBJECT_CHARS,
                t -> out.add(toDiscussion(parseObject("input", out.size() + 1, t))));
        Collections.reverse(out);
        return List.copyOf(out);
    }

    // ---- mapping -------------------------------------------------------------------------------

    private static NingDiscussion toDiscussion(JsonObject o) {
        return new NingDiscussion(str(o, "id"), str(o, "contributorName"), title(o), strOrEmpty(o, "description"),
                date(o, "createdDate"), date(o, "updatedDate"), category(o), blankToNull(str(o, "groupId")),
                attachments(o), comments(o));
    }

    private static NingBlogPost toBlogPost(JsonObject o) {
        return new NingBlogPost(str(o, "id"), str(o, "contributorName"), title(o), strOrEmpty(o, "description"),
                date(o, "createdDate"), date(o, "updatedDate"), date(o, "publishTime"), str(o, "publishStatus"),
                category(o), attachments(o), comments(o));
    }

    private static NingPage toPage(NingPage.Kind kind, JsonObject o) {
        return new NingPage(kind, str(o, "id"), str(o, "contributorName"), title(o), strOrEmpty(o, "description"),
                date(o, "createdDate"), date(o, "updatedDate"), attachments(o));
    }

    private static NingMember toMember(JsonObject o) {
        String level = str(o, "level");
        Set<String> levels = new LinkedHashSet<>();
        if (level != null) {
            Arrays.stream(level.trim().split("\\s+")).filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT)).forEach(levels::add);
        }
        Map<String, String> questions = new LinkedHashMap<>();
        JsonValue pq = o.get("profileQuestions");
        if (pq instanceof JsonObject qo) {
            qo.forEach((k, v) -> {
                String answer = scalar(v);
                if (answer != null) {
                    questions.put(NingText.unescapeHtml(k), answer);
                }
            });
        }
        return new NingMember(str(o, "contributorName"), NingText.unescapeHtml(str(o, "fullName")), email(str(o, "email")),
                date(o, "createdDate"), str(o, "birthdate"), str(o, "location"), str(o, "country"),
                blankToNull(NingText.stripQuery(str(o, "profilePhoto"))), levels, str(o, "state"), questions,
                comments(o));
    }

    private static NingGroup toGroup(JsonObject o) {
        List<NingGroup.Member> members = new ArrayList<>();
        for (JsonObject m : objects(o, "members")) {
            members.add(new NingGroup.Member(str(m, "contributorName"), NingText.unescapeHtml(str(m, "fullName")),
                    str(m, "status")));
        }
        String privacy = str(o, "groupPrivacy");
        boolean isPrivate = yes(o.get("isPrivate")) || "private".equalsIgnoreCase(privacy);
        return new NingGroup(str(o, "id"), str(o, "contributorName"), title(o), strOrEmpty(o, "description"),
                date(o, "createdDate"), date(o, "updatedDate"), privacy, isPrivate, yes(o.get("allowInvitations")),
                blankToNull(NingText.stripQuery(str(o, "iconUrl"))), members);
    }

    private static List<NingComment> comments(JsonObject o) {
        List<NingComment> out = new ArrayList<>();
        for (JsonObject c : objects(o, "comments")) {
            out.add(new NingComment(str(c, "id"), str(c, "contributorName"), strOrEmpty(c, "description"),
                    date(c, "createdDate"), attachments(c)));
        }
        Collections.reverse(out);
        return out;
    }

    private static List<String> attachments(JsonObject o) {
        List<String> out = new ArrayList<>();
        JsonValue v = o.get("fileAttachments");
        if (v instanceof JsonArray a) {
            for (JsonValue item : a) {
                String path = scalar(item);
                if (item instanceof JsonObject io) {
                    path = str(io, "path") != null ? str(io, "path") : str(io, "url");
                }
                path = blankToNull(NingText.stripQuery(path));
                if (path != null) {
                    out.add(path);
                }
            }
        } else if (v instanceof JsonString s && !s.getString().isBlank()) {
            out.add(NingText.stripQuery(s.getString()));
        }
        return out;
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        JsonValue v = o.get(key);
        List<JsonObject> out = new ArrayList<>();
        if (v instanceof JsonArray a) {
            for (JsonValue item : a) {
                if (item instanceof JsonObject io) {
                    out.add(io);
                }
            }
        }
        return out;
    }

    private static String title(JsonObject o) {
        String t = str(o, "title");
        return t == null ? "" : NingText.unescapeHtml(t).strip();
    }

    private static String category(JsonObject o) {
        String c = blankToNull(str(o, "category"));
        return c == null || UNCATEGORIZED.equalsIgnoreCase(c.strip()) ? null : NingText.unescapeHtml(c.strip());
    }

    private static String email(String email) {
        if (email == null) {
            return null;
        }
        String e = email.strip();
        while (e.endsWith("/")) {
            e = e.substring(0, e.length() - 1);
        }
        return e.isEmpty() ? null : e;
    }

    private static Instant date(JsonObject o, String key) {
        return NingText.parseDate(str(o, key));
    }

    private static boolean yes(JsonValue v) {
        if (v == null) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        String s = scalar(v);
        return s != null && (s.equalsIgnoreCase("Y") || s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("true")
                || s.equals("1"));
    }

    private static String str(JsonObject o, String key) {
        return scalar(o.get(key));
    }

    private static String strOrEmpty(JsonObject o, String key) {
        String s = str(o, key);
        return s == null ? "" : s;
    }

    private static String scalar(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v.toString();
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
