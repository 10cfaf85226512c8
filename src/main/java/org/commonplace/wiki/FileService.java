package org.commonplace.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.commonplace.audit.AuditLog;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.space.Action;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.Viewer;
import org.commonplace.space.Visibility;

/**
 * Files attached to wiki pages: attach (or replace), list, fetch. Uploads are where wikis get attacked
 * (an SVG or HTML file served from the site's origin runs script there), so only an allow-list of types is
 * accepted, checked three ways (the name's extension, the type the browser declared, and the first bytes),
 * names are reduced to letters, digits, dots, dashes and underscores, and the size is capped. Reading asks
 * for SEE (a hidden space's files are "not found"), attaching for EDIT, both through {@link SpaceAccess}.
 */
@ApplicationScoped
@Transactional
public class FileService {

    /** The largest file accepted: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Listings stay bounded. */
    public static final int LIST_MAX = 500;

    /** The types a browser may show inline; everything else is downloaded. */
    public static final Set<String> RASTER_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    /** The allowed extensions, for messages and the upload form's {@code accept}. */
    public static final List<String> EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "webp", "pdf", "txt", "md", "csv",
            "odt", "ods", "odp", "docx", "xlsx", "pptx", "zip");

    private static final String OCTET_STREAM = "application/octet-stream";

    /** What a file with an allowed extension must be: the type we serve, the types a browser may declare, its first bytes. */
    private record Kind(String contentType, Set<String> declared, Predicate<byte[]> looksRight) {
    }

    private static final Predicate<byte[]> PNG = b -> startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    private static final Predicate<byte[]> JPEG = b -> startsWith(b, 0, 0xFF, 0xD8, 0xFF);
    private static final Predicate<byte[]> GIF = b -> startsWith(b, 0, 'G', 'I', 'F', '8');
    private static final Predicate<byte[]> WEBP = b -> startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P');
    private static final Predicate<byte[]> PDF = b -> startsWith(b, 0, '%', 'P', 'D', 'F', '-');
    private static final Predicate<byte[]> ZIP = b -> startsWith(b, 0, 'P', 'K', 3, 4) || startsWith(b, 0, 'P', 'K', 5, 6);
    private static final Predicate<byte[]> TEXT = b -> {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        return true;
    };

    private static final String OPENXML = "application/vnd.openxmlformats-officedocument.";
    private static final String OPENDOC = "application/vnd.oasis.opendocument.";

    // Markdown and CSV files often arrive as octet-stream (no system type for them); their content is still checked.
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("png", new Kind("image/png", Set.of("image/png"), PNG)),
            Map.entry("jpg", new Kind("image/jpeg", Set.of("image/jpeg", "image/pjpeg"), JPEG)),
            Map.entry("jpeg", new Kind("image/jpeg", Set.of("image/jpeg", "image/pjpeg"), JPEG)),
            Map.entry("gif", new Kind("image/gif", Set.of("image/gif"), GIF)),
            Map.entry("webp", new Kind("image/webp", Set.of("image/webp"), WEBP)),
            Map.entry("pdf", new Kind("application/pdf", Set.of("application/pdf", "application/x-pdf"), PDF)),
            Map.entry("txt", new Kind("text/plain", Set.of("text/plain"), TEXT)),
            Map.entry("md", new Kind("text/markdown", Set.of("text/markdown", "text/x-markdown", "text/plain", OCTET_STREAM), TEXT)),
            Map.entry("csv", new Kind("text/csv", Set.of("text/csv", "application/csv", "text/comma-separated-values", "text/plain",
                    "application/vnd.ms-excel", OCTET_STREAM), TEXT)),
            Map.entry("odt", new Kind(OPENDOC + "text", Set.of(OPENDOC + "text"), ZIP)),
            Map.entry("ods", new Kind(OPENDOC + "spreadsheet", Set.of(OPENDOC + "spreadsheet"), ZIP)),
            Map.entry("odp", new Kind(OPENDOC + "presentation", Set.of(OPENDOC + "presentation"), ZIP)),
            Map.entry("docx", new Kind(OPENXML + "wordprocessingml.document", Set.of(OPENXML + "wordprocessingml.document"), ZIP)),
            Map.entry("xlsx", new Kind(OPENXML + "spreadsheetml.sheet", Set.of(OPENXML + "spreadsheetml.sheet"), ZIP)),
            Map.entry("pptx", new Kind(OPENXML + "presentationml.presentation", Set.of(OPENXML + "presentationml.presentation"), ZIP)),
            Map.entry("zip", new Kind("application/zip", Set.of("application/zip", "application/x-zip-compressed", "application/x-zip"), ZIP)));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WikiService wiki;

    @Inject
    SpaceAccess access;

    @Inject
    AuditLog audit;

    /**
     * Attaches a file to a page; a file of the same (sanitised) name is replaced. Needs EDIT. Throws
     * {@link InvalidInputException} on field {@code file} for a wrong type, a mismatch, an empty or too big file.
     */
    public StoredFile attach(Viewer viewer, String spaceSlug, String pageSlug, String filename, String declaredType, InputStream content) {
        Page page = wiki.requirePage(viewer, spaceSlug, pageSlug);
        access.require(viewer, page.getSpace(), Action.EDIT);
        String name = sanitise(filename);
        Kind kind = allowedKind(name);
        String extension = extension(name);
        String declared = declaredType == null ? "" : declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!kind.declared().contains(declared)) {
            throw invalid("The file's name ends in ." + extension + " but it says it is \"" + (declared.isEmpty() ? "unknown" : declared)
                    + "\". Only " + kind.contentType() + " is accepted for ." + extension + " files.");
        }
        byte[] data = readLimited(content);
        checkContent(kind, extension, data);
        em.lock(page, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Optional<Attachment> existing = em.createQuery("select a from Attachment a where a.page = :p and a.filename = :n", Attachment.class)
                .setParameter("p", page).setParameter("n", name).getResultStream().findFirst();
        Attachment attachment;
        if (existing.isPresent()) {
            attachment = existing.get();
            attachment.replace(kind.contentType(), data, viewer.accountId(), now);
        } else {
            attachment = new Attachment(page, name, kind.contentType(), data, viewer.accountId(), now);
            em.persist(attachment);
        }
        em.flush();
        audit.record(viewer, page.getSpace().getId(), existing.isPresent() ? "file.replace" : "file.attach", page.getSlug(), name);
        return new StoredFile(attachment.getId(), name, kind.contentType(), data.length, now, viewer.username(),
                page.getSpace().getVisibility() == Visibility.PUBLIC, null);
    }

    /** A file checked against the upload rules, ready to be stored: its sanitised name, the type it is served as, its bytes. */
    public record CheckedFile(String name, String contentType, byte[] data) {
    }

    /**
     * Checks a file an archive refers to against the same rules as an upload (the allow-list of types by the name's
     * extension, content that looks like that type, the size limit, a sanitised name). There is no browser-declared
     * type, so the extension's own type stands for it. Static and outside any transaction, so a refused file leaves
     * the importer's transaction intact. Throws {@link InvalidInputException} on field {@code file} with the reason.
     */
    public static CheckedFile checkImported(String filename, InputStream content) {
        String name = sanitise(filename);
        Kind kind = allowedKind(name);
        byte[] data = readLimited(content);
        checkContent(kind, extension(name), data);
        return new CheckedFile(name, kind.contentType(), data);
    }

    /**
     * The narrow door through which importers store a file checked by {@link #checkImported}. It never replaces a
     * file: a name the page already has gets {@code -2}, {@code -3}. Used only by {@code imports/}; the caller owns
     * the transaction and decides access (site administrators only).
     */
    public Attachment attachImported(Page page, CheckedFile file, Long uploaderId, Instant at) {
        String name = file.name();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int i = 2; nameTaken(page, candidate); i++) {
            String suffix = "-" + i + ext;
            candidate = (base.length() + suffix.length() > Attachment.FILENAME_MAX ? base.substring(0, Attachment.FILENAME_MAX - suffix.length())
                    : base) + suffix;
        }
        Attachment attachment = new Attachment(page, candidate, file.contentType(), file.data(), uploaderId, at);
        em.persist(attachment);
        em.flush();
        return attachment;
    }

    /** A file's address, site-absolute (what Markdown on a page of this site links to). */
    public static String url(String spaceSlug, String pageSlug, String filename) {
        return "/s/" + spaceSlug + "/wiki/" + pageSlug + "/files/" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Whether files of this type are shown inline (raster images) rather than downloaded. */
    public static boolean rasterImage(String contentType) {
        return RASTER_TYPES.contains(contentType);
    }

    private boolean nameTaken(Page page, String name) {
        return em.createQuery("select count(a) from Attachment a where a.page = :p and a.filename = :n", Long.class)
                .setParameter("p", page).setParameter("n", name).getSingleResult() > 0;
    }

    private static Kind allowedKind(String name) {
        String extension = extension(name);
        Kind kind = KINDS.get(extension);
        if (kind == null) {
            throw invalid((extension.isEmpty() ? "Files without a type ending" : "." + extension + " files")
                    + " cannot be attached. Allowed: " + String.join(", ", EXTENSIONS) + ".");
        }
        return kind;
    }

    private static void checkContent(Kind kind, String extension, byte[] data) {
        if (data.length == 0) {
            throw invalid("The file is empty.");
        }
        if (!kind.looksRight().test(data)) {
            throw invalid("The file's content is not what its name says (." + extension + ").");
        }
    }

    /** The files of a page, by name, without their bytes. Needs SEE. */
    public List<StoredFile> list(Viewer viewer, String spaceSlug, String pageSlug) {
        Page page = wiki.requirePage(viewer, spaceSlug, pageSlug);
        boolean publicSpace = page.getSpace().getVisibility() == Visibility.PUBLIC;
        return em.createQuery("select a.id, a.filename, a.contentType, a.size, a.createdAt, u.username from Attachment a"
                + " left join Account u on u.id = a.uploaderId where a.page = :p order by lower(a.filename), a.id", Object[].class)
                .setParameter("p", page).setMaxResults(LIST_MAX).getResultList().stream()
                .map(r -> new StoredFile((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (Instant) r[4], (String) r[5], publicSpace, null))
                .toList();
    }

    /** One file with its bytes. Needs SEE; a missing file and a file the viewer may not see are both not found. */
    public StoredFile get(Viewer viewer, String spaceSlug, String pageSlug, String filename) {
        Page page = wiki.requirePage(viewer, spaceSlug, pageSlug);
        boolean publicSpace = page.getSpace().getVisibility() == Visibility.PUBLIC;
        return em.createQuery("select a.id, a.filename, a.contentType, a.size, a.createdAt, u.username, a.data from Attachment a"
                + " left join Account u on u.id = a.uploaderId where a.page = :p and a.filename = :n", Object[].class)
                .setParameter("p", page).setParameter("n", filename == null ? "" : filename).getResultStream().findFirst()
                .map(r -> new StoredFile((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (Instant) r[4], (String) r[5], publicSpace,
                        (byte[]) r[6]))
                .orElseThrow(() -> new NotFoundException("There is no such file on this page."));
    }

    /**
     * The name a file is stored under: the last path part only, without control or invisible formatting
     * characters (no right-to-left tricks), anything but letters, digits, dots, dashes and underscores turned
     * into dashes, no leading or trailing dots, and short enough that its address stays under 200 characters.
     */
    public static String sanitise(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}]", "")
                .replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("-*\\.-*", ".")
                .replaceAll("^[.-]+|[.-]+$", "");
        if (name.isEmpty()) {
            throw invalid("Choose a file with a name.");
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        while (encodedLength(base + ext) > Attachment.FILENAME_MAX && !base.isEmpty()) {
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
        }
        if (base.isEmpty()) {
            throw invalid("The file name is too long.");
        }
        return base + ext;
    }

    /** The lower-case extension of a (sanitised) name, or "" without one. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Size as people read it: 812 B, 14 KB, 2.3 MB. */
    public static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static int encodedLength(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).length();
    }

    private static byte[] readLimited(InputStream content) {
        if (content == null) {
            throw invalid("Choose a file to upload.");
        }
        try (InputStream in = content) {
            byte[] data = in.readNBytes((int) MAX_BYTES + 1);
            if (data.length > MAX_BYTES) {
                throw invalid("The file is larger than " + humanSize(MAX_BYTES) + ".");
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded file failed", e);
        }
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("file", message);
    }
}
