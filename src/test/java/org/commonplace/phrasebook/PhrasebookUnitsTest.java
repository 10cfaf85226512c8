package org.commonplace.phrasebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonplace.seed.PhrasebookSeeds;
import org.commonplace.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Candidate-term counting, step parsing, term input checks, and the seeded phrasebook files. */
class PhrasebookUnitsTest {

    @Test
    void candidatesAreRecurringPhrasesWithoutStopWordsAndNotYetTerms() {
        List<CandidateTerms.Doc> docs = List.of(
                new CandidateTerms.Doc(1, 10, "A", "The weekly check-in call helps. `code words` here."),
                new CandidateTerms.Doc(2, 10, "A", "I like the weekly check-in call and the lurker."),
                new CandidateTerms.Doc(3, 11, "B", "Our weekly check-in call ran long. Also a lurker."),
                new CandidateTerms.Doc(4, 12, "C", "Code words are in backticks: `code words`."));
        List<CandidateTerms.Candidate> found = CandidateTerms.rank(docs, Set.of("lurker"));
        assertThat(found).extracting(CandidateTerms.Candidate::phrase).contains("weekly check-in call")
                .doesNotContain("lurker", "the weekly", "weekly check-in", "check-in call", "code words");
        CandidateTerms.Candidate top = found.get(0);
        assertThat(top.phrase()).isEqualTo("weekly check-in call");
        assertThat(top.posts()).isEqualTo(3);
        assertThat(top.examples()).hasSize(3).extracting(CandidateTerms.Example::postId).containsExactly(1L, 2L, 3L);
        assertThat(top.examples().get(0).url()).isEqualTo("/t/10?post=1#p1");
    }

    @Test
    void stepsParseAndBadLinesAreRefusedWithTheLineNumber() {
        List<String[]> steps = StartPathService.parseSteps("page toolkit/engage | Listen first\n\nthread 42\nterm lurker");
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0)).containsExactly("PAGE", "toolkit/engage", "Listen first");
        assertThat(steps.get(1)).containsExactly("THREAD", "42", null);
        assertThatThrownBy(() -> StartPathService.parseSteps("page toolkit/engage\nvideo cats")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Line 2");
        assertThatThrownBy(() -> StartPathService.parseSteps(" ")).hasMessageContaining("at least one step");
    }

    @Test
    void termInputChecksLimitsAndTidiesAliases() {
        TermInput in = new TermInput("  Community   manager ", List.of("CM", "cm", "community manager", " "), "Looks after a community.", "", List.of("/t/12", "commons/welcome"));
        assertThat(in.term()).isEqualTo("Community manager");
        assertThat(in.aliases()).containsExactly("CM");
        assertThat(in.related()).containsExactly("thread:12", "page:commons/welcome");
        assertThatThrownBy(() -> new TermInput("x", List.of(), "d".repeat(281), "", List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("281 characters").hasMessageContaining("at most 280");
        assertThatThrownBy(() -> new TermInput("", List.of(), "d", "", List.of())).hasMessageContaining("Write the term");
        assertThatThrownBy(() -> new TermInput("x", List.of(), "d", "", List.of("not a ref!"))).hasMessageContaining("neither a page");
    }

    @Test
    void theSeededPhrasebookHasFortyDistinctTermsAndAPath() throws Exception {
        JsonObject index = Json.createReader(new FileReader("seed-content/phrasebook/phrasebook.json")).readObject();
        Set<String> phrases = new HashSet<>();
        int terms = 0;
        for (JsonValue v : index.getJsonArray("terms")) {
            String file = "seed-content/phrasebook/terms/" + ((jakarta.json.JsonString) v).getString();
            try (BufferedReader in = Files.newBufferedReader(Path.of(file))) {
                PhrasebookSeeds.TermSeed seed = PhrasebookSeeds.parseTerm(file, in);
                assertThat(phrases.add(TermInput.key(seed.input().term()))).as("duplicate term in " + file).isTrue();
                for (String a : seed.input().aliases()) {
                    assertThat(phrases.add(TermInput.key(a))).as("alias " + a + " repeats another phrase").isTrue();
                }
                assertThat(seed.input().explanation()).isNotBlank();
                terms++;
            }
        }
        assertThat(terms).isGreaterThanOrEqualTo(40);
        JsonObject path = index.getJsonArray("paths").getJsonObject(0);
        assertThat(path.getString("title")).contains("Observe").contains("Interact").contains("Initiate");
        List<String> lines = path.getJsonArray("steps").stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
        assertThat(StartPathService.parseSteps(String.join("\n", lines))).hasSize(lines.size());
    }
}
