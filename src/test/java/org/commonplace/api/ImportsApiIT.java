package org.commonplace.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The imports API as a script uses it: the archive in the body, a dry run, following the record, a real run,
 * the export, and who may do any of it (site administrators only; anonymous callers are asked to sign in).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestData.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String query, String user, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.toURI().resolve("/api/v1/imports?" + query))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.toURI().resolve(path));
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    /** Follows the record until the run ends (a generous hang guard, not a timing assertion). */
    private JsonObject follow(long id) throws Exception {
        long guard = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < guard) {
            HttpResponse<String> r = get("/api/v1/imports/" + id, "ada");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonObject record = json(r);
            if (record.getString("state").equals("done") || record.getString("state").equals("failed")) {
                return record;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private static byte[] uniqueWiki(String unique) throws Exception {
        String xml = Files.readString(Path.of("src/test/resources/imports/mediawiki/mwxml-dump.export-0.8.xml"));
        return xml.replace("<dbname>enwiki</dbname>", "<dbname>api" + unique + "</dbname>")
                .replace("<title>Foo</title>", "<title>Api Foo " + unique + "</title>")
                .replace("<title>Bar</title>", "<title>Api Bar " + unique + "</title>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aScriptDryRunsThenImportsAndFollowsTheRecordAndARepeatCreatesNothing() throws Exception {
        String unique = TestData.unique();
        byte[] archive = uniqueWiki(unique);
        HttpResponse<String> dry = post("format=mediawiki&space=commons&dryRun=true", "ada", archive);
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(202);
        JsonObject dryRecord = json(dry);
        assertThat(dryRecord.getString("state")).isIn("queued", "running", "done");
        assertThat(dryRecord.getBoolean("dryRun")).isTrue();
        assertThat(dry.headers().firstValue("Location").orElse("")).endsWith("/api/v1/imports/" + dryRecord.getJsonNumber("id").longValue());
        JsonObject dryDone = follow(dryRecord.getJsonNumber("id").longValue());
        assertThat(dryDone.getString("state")).isEqualTo("done");
        assertThat(dryDone.getInt("created")).isGreaterThanOrEqualTo(5);
        assertThat(dryDone.getJsonObject("counts").getInt("pages")).isEqualTo(2);
        assertThat(get("/api/v1/spaces/commons/pages/api-foo-" + unique, null).statusCode()).isEqualTo(404);

        JsonObject real = follow(json(post("format=mediawiki&space=commons", "ada", archive)).getJsonNumber("id").longValue());
        assertThat(real.getString("state")).isEqualTo("done");
        assertThat(real.getJsonObject("counts").getInt("revisions")).isEqualTo(3);
        assertThat(real.getInt("failed")).isZero();
        assertThat(real.getJsonArray("problems")).isEmpty();
        HttpResponse<String> page = get("/api/v1/spaces/commons/pages/api-foo-" + unique, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json(page).getInt("revision")).isEqualTo(2);

        JsonObject again = follow(json(post("format=mediawiki&space=commons", "ada", archive)).getJsonNumber("id").longValue());
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("skipped")).isEqualTo(5);
    }

    @Test
    void theExportIsMediaWikiXmlWithHistoryForSiteAdministratorsOnly() throws Exception {
        HttpResponse<String> xml = get("/api/v1/spaces/commons/export?format=mediawiki", "ada");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(xml.body()).contains("<mediawiki").contains("export-0.11").contains("<revision>").contains("<sha1>");
        assertThat(get("/api/v1/spaces/commons/export?format=mediawiki", "mia").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/spaces/commons/export?format=mediawiki", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/spaces/commons/export?format=csv", "ada").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/spaces/no-such-space-" + TestData.unique() + "/export", "ada").statusCode()).isEqualTo(404);
    }

    @Test
    void onlySiteAdministratorsImportAndBadRequestsAreExplained() throws Exception {
        byte[] archive = "From a@b.c Mon Jan  6 10:00:00 2020\nSubject: x\n\nx\n".getBytes(StandardCharsets.UTF_8);
        assertThat(post("format=mbox&space=commons&dryRun=true", null, archive).statusCode()).isEqualTo(401);
        assertThat(post("format=mbox&space=commons&dryRun=true", "mia", archive).statusCode()).isEqualTo(403);
        HttpResponse<String> badFormat = post("format=slack&space=commons&dryRun=true", "ada", archive);
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(json(badFormat).getString("message")).contains("ning, mbox, mediawiki");
        assertThat(post("format=mbox&space=no-such-" + TestData.unique() + "&dryRun=true", "ada", archive).statusCode()).isEqualTo(404);
        assertThat(post("format=mbox&space=commons&dryRun=true&path=../../../etc/passwd", "ada", new byte[0]).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/imports/999999999", "ada").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/imports", "mia").statusCode()).isEqualTo(403);
        assertThat(json(get("/api/v1/imports", "ada")).getJsonArray("items")).isNotNull();
    }
}
