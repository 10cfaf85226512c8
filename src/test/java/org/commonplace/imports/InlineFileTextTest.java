package org.commonplace.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonplace.imports.Units.FileUnit;
import org.commonplace.imports.Units.InlineFile;
import org.commonplace.markup.MarkupRenderer;
import org.commonplace.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class InlineFileTextTest {

    private final Map<String, Integer> stored = new LinkedHashMap<>();
    private final List<String> failed = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private final InlineFileText.Report report = new InlineFileText.Report() {
        @Override
        public void failed(String text) {
            failed.add(text);
        }

        @Override
        public void note(String text) {
            notes.add(text);
        }
    };

    /** Stores by path (counting calls), refuses .svg like the upload rules, and treats .png as an image. */
    private InlineFileText.Stored store(FileUnit file) throws IOException {
        if (file.name().endsWith(".svg")) {
            throw new InvalidInputException("file", "SVG files cannot be attached");
        }
        if (file.name().endsWith(".bad")) {
            throw new IOException("disk on fire");
        }
        stored.merge(file.path(), 1, Integer::sum);
        return new InlineFileText.Stored("/s/sp/wiki/ning-files/files/" + file.name(), file.name(), file.name().endsWith(".png"));
    }

    private static FileUnit present(String path) {
        return FileUnit.available(path, path.substring(path.lastIndexOf('/') + 1), () -> new ByteArrayInputStream(new byte[0]));
    }

    private String render(String markdown, InlineFile... inline) {
        return InlineFileText.render(markdown, List.of(inline), "ning:discussion:1:post", this::store, report);
    }

    @Test
    void storedImagesAndLinksPointAtTheWikiFile() {
        String md = render("See " + InlineFile.token(0) + " and " + InlineFile.token(1) + ".",
                new InlineFile(present("d/a/stall.png"), true, "Our stall"), new InlineFile(present("d/a/rules.pdf"), false, "the **rules**"));
        assertThat(md).isEqualTo("See ![Our stall](/s/sp/wiki/ning-files/files/stall.png) and [the **rules**](/s/sp/wiki/ning-files/files/rules.pdf).");
        String html = new MarkupRenderer().render(md).html();
        assertThat(html).contains("<img src=\"/s/sp/wiki/ning-files/files/stall.png\" alt=\"Our stall\"")
                .contains("<a href=\"/s/sp/wiki/ning-files/files/rules.pdf\"");
        assertThat(failed).isEmpty();
        assertThat(notes).isEmpty();
    }

    @Test
    void anImageThatIsNotAnImageBecomesALinkAndEmptyLabelsTakeTheFileName() {
        String md = render(InlineFile.token(0) + " " + InlineFile.token(1), new InlineFile(present("d/notes.pdf"), true, ""),
                new InlineFile(present("d/x.png"), false, ""));
        assertThat(md).isEqualTo("[notes.pdf](/s/sp/wiki/ning-files/files/notes.pdf) [x.png](/s/sp/wiki/ning-files/files/x.png)");
    }

    @Test
    void anImageInsideALinkToTheSameFileIsStoredOnceAndNested() {
        String md = render(InlineFile.token(1), new InlineFile(present("p/big.png"), true, ""),
                new InlineFile(present("p/big.png"), false, InlineFile.token(0)));
        assertThat(md).isEqualTo("[![big.png](/s/sp/wiki/ning-files/files/big.png)](/s/sp/wiki/ning-files/files/big.png)");
    }

    @Test
    void missingRefusedAndUnreadableFilesBecomePlainTextAndAreReported() {
        String md = render(String.join(" | ", InlineFile.token(0), InlineFile.token(1), InlineFile.token(2), InlineFile.token(3),
                        InlineFile.token(4)),
                new InlineFile(FileUnit.unavailable("d/poster.jpg", "missing from the archive"), true, "poster"),
                new InlineFile(FileUnit.unavailable("d/gone.pdf", "missing from the archive"), false, "old rules"),
                new InlineFile(FileUnit.unavailable("../../etc/passwd", "refused: its path leaves the archive"), false, "secrets"),
                new InlineFile(present("d/logo.svg"), true, "logo"),
                new InlineFile(present("d/x.bad"), false, "x"));
        assertThat(md).isEqualTo("(missing from the archive: poster.jpg) | old rules (missing from the archive: gone.pdf) | "
                + "secrets (refused: its path leaves the archive: ../../etc/passwd) | (not imported: logo.svg: SVG files cannot be attached)"
                + " | x (not imported: x.bad: it could not be read)");
        assertThat(notes).hasSize(2).allSatisfy(n -> assertThat(n).contains("ning:discussion:1:post").contains("missing from the archive"));
        assertThat(failed).hasSize(3);
        assertThat(failed.get(0)).contains("../../etc/passwd").contains("refused");
        assertThat(stored).isEmpty();
    }

    @Test
    void tokensOfUnknownFilesAreDroppedAndTextWithoutTokensIsUnchanged() {
        assertThat(render("a " + InlineFile.token(7) + "b", new InlineFile(present("x.png"), true, ""))).isEqualTo("a b");
        assertThat(render("plain *text*")).isEqualTo("plain *text*");
        assertThat(render(null)).isEmpty();
    }
}
