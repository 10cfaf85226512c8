package org.commonplace.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.commonplace.phrasebook.PhrasebookService;
import org.commonplace.phrasebook.StartPathService;
import org.commonplace.phrasebook.TermInput;

/**
 * Seeds the phrasebook ({@code seed-content/phrasebook/phrasebook.json}: term files and start-here paths) once,
 * through the same {@code seed_item} ledger as the rest of the seed. A seeded term whose name is taken already
 * (someone wrote it by hand first) is skipped, not duplicated. Path steps name pages by slug and are resolved when
 * shown, so a path may point at pages another seed adds later.
 */
@ApplicationScoped
@Transactional
public class PhrasebookSeeds {

    private static final Logger LOG = Logger.getLogger(PhrasebookSeeds.class.getName());

    public static final String INDEX = "seed-content/phrasebook/phrasebook.json";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PhrasebookService phrasebook;

    @Inject
    StartPathService paths;

    /** A term file: front matter {@code term}, {@code aliases} (comma separated), {@code definition}; the body explains. */
    public record TermSeed(String file, TermInput input) {
    }

    public record PathSeed(String slug, String title, String description, String steps) {
    }

    public SeedService.Report apply() {
        JsonObject index = readIndex();
        int applied = 0;
        int skipped = 0;
        for (JsonValue v : index.getJsonArray("terms")) {
            String file = ((JsonString) v).getString();
            if (!file.matches("[a-z0-9-]+\\.md")) {
                throw new SeedException(INDEX, -1, "term file \"" + file + "\" must be named like \"some-term.md\"");
            }
            if (!claim("term:" + file)) {
                skipped++;
                continue;
            }
            TermSeed seed = readTerm("seed-content/phrasebook/terms/" + file);
            if (phrasebook.knownPhrases(SeedService.SEED_AUTHOR).contains(TermInput.key(seed.input().term()))) {
                LOG.info(() -> "Seed term \"" + seed.input().term() + "\" exists already; left as it is");
                skipped++;
                continue;
            }
            phrasebook.create(SeedService.SEED_AUTHOR, null, seed.input());
            applied++;
        }
        JsonValue pathList = index.get("paths");
        if (pathList != null) {
            for (JsonValue v : pathList.asJsonArray()) {
                JsonObject p = v.asJsonObject();
                if (!claim("start-path:" + p.getString("slug"))) {
                    skipped++;
                    continue;
                }
                List<String> steps = new ArrayList<>();
                p.getJsonArray("steps").forEach(s -> steps.add(((JsonString) s).getString()));
                paths.save(SeedService.SEED_AUTHOR, null, null, p.getString("title"), p.getString("description", ""), String.join("\n", steps),
                        p.getString("slug"));
                applied++;
            }
        }
        return new SeedService.Report(applied, skipped);
    }

    private static JsonObject readIndex() {
        try (Reader r = open(INDEX); JsonReader json = Json.createReader(r)) {
            return json.readObject();
        } catch (IOException | jakarta.json.JsonException e) {
            throw new SeedException(INDEX, -1, "not valid JSON (" + e.getMessage() + ")");
        }
    }

    private static Reader open(String resource) {
        InputStream in = PhrasebookSeeds.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new SeedException(resource, -1, "the file is missing from the application");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    static TermSeed readTerm(String file) {
        try (BufferedReader in = new BufferedReader(open(file))) {
            return parseTerm(file, in);
        } catch (IOException e) {
            throw new SeedException(file, -1, e.getMessage());
        }
    }

    /** Parses a term file (front matter, then the explanation in Markdown); checks it like the term form does. */
    public static TermSeed parseTerm(String file, BufferedReader in) throws IOException {
        FrontMatter fm = FrontMatter.parse(file, "term", FrontMatter.readLines(in), List.of("term", "aliases", "definition"));
        try {
            return new TermSeed(file, new TermInput(fm.get("term"), TermInput.lines(fm.get("aliases"), true), fm.get("definition"), fm.body(),
                    List.of()));
        } catch (org.commonplace.shared.InvalidInputException e) {
            throw new SeedException(file, 2, e.getMessage());
        }
    }

    private boolean claim(String key) {
        if (em.find(SeedItem.class, key) != null) {
            return false;
        }
        em.persist(new SeedItem(key, clock.instant()));
        return true;
    }
}
