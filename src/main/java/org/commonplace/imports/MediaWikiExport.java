package org.commonplace.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.imports.mediawiki.MediaWikiWriter;
import org.commonplace.imports.mediawiki.WikiContributor;
import org.commonplace.imports.mediawiki.WikiPage;
import org.commonplace.imports.mediawiki.WikiRevision;
import org.commonplace.imports.mediawiki.WikiSiteInfo;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.Settings;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.wiki.ImportedHistory;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.Revision;

/**
 * Exports a space's wiki (pages that are not deleted, each with its full history) as MediaWiki export-0.11
 * XML. Text is Markdown, marked with model {@value MediaWikiSource#MARKDOWN_MODEL} and format
 * {@value MediaWikiSource#MARKDOWN_FORMAT}, so importing the file here keeps it as it is; timestamps are
 * whole seconds, as in MediaWiki. Site administrators only.
 */
@ApplicationScoped
public class MediaWikiExport {

    @PersistenceContext
    EntityManager em;

    @Inject
    SpaceService spaces;

    @Inject
    Settings settings;

    @Transactional
    public void export(Viewer viewer, String spaceSlug, OutputStream out) {
        if (viewer == null || !viewer.siteAdmin()) {
            throw new ForbiddenException("Only site administrators import and export archives.");
        }
        Space space = spaces.get(viewer, spaceSlug);
        WikiSiteInfo info = new WikiSiteInfo(space.getName(), space.getSlug(), settings.baseUrl() + "/s/" + space.getSlug() + "/wiki",
                "Commonplace", "case-sensitive", List.of(new WikiSiteInfo.Namespace(0, "case-sensitive", "")));
        List<Page> pages = em.createQuery("select p from Page p where p.space = :s and p.deleted = false order by p.id", Page.class)
                .setParameter("s", space).getResultList();
        try (MediaWikiWriter writer = new MediaWikiWriter(out, info, "en")) {
            for (Page page : pages) {
                writer.writePage(toWikiPage(page, ImportedHistory.revisions(em, page)));
                em.clear();
            }
        }
    }

    static WikiPage toWikiPage(Page page, List<Revision> revisions) {
        List<WikiRevision> out = new ArrayList<>();
        Long parent = null;
        for (Revision r : revisions) {
            WikiContributor contributor = r.getAuthorId() == null && looksLikeAddress(r.getAuthorName())
                    ? new WikiContributor(null, null, r.getAuthorName(), false)
                    : new WikiContributor(r.getAuthorName(), r.getAuthorId() == null ? 0L : r.getAuthorId(), null, false);
            byte[] bytes = r.getMarkdown().getBytes(StandardCharsets.UTF_8);
            out.add(new WikiRevision(r.getId(), parent, r.getCreatedAt().truncatedTo(ChronoUnit.SECONDS), contributor, r.isMinor(),
                    r.getSummary(), MediaWikiSource.MARKDOWN_MODEL, MediaWikiSource.MARKDOWN_FORMAT, r.getMarkdown(), bytes.length, sha1Base36(bytes)));
            parent = r.getId();
        }
        return new WikiPage(page.getTitle(), 0, page.getId(), null, out);
    }

    private static boolean looksLikeAddress(String name) {
        return name != null && (name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || name.matches("[0-9A-Fa-f:]+:[0-9A-Fa-f:]*"));
    }

    /** MediaWiki's sha1: base 36, padded to 31 characters. */
    static String sha1Base36(byte[] bytes) {
        try {
            String s = new BigInteger(1, MessageDigest.getInstance("SHA-1").digest(bytes)).toString(36);
            return "0".repeat(Math.max(0, 31 - s.length())) + s;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
