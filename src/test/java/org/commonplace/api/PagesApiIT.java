package org.commonplace.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The pages API over HTTP as a script sees it: create and edit with merge-on-save and conflicts, the no-op rule
 * that makes a repeated PUT harmless, authentication, permissions, invite-only secrecy, history, diffs and the
 * cross-site guard for cookie-authenticated writes. Writes go to the public space {@code commons} (edith is an
 * editor there, ada site admin, otto no member) under unique page slugs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private URI uri(String path) throws Exception {
        return base.toURI().resolve(path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestData.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String user, JsonObject body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
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

    private static JsonObject edit(String title, String markdown, String summary, Integer baseRevision) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("title", title).add("markdown", markdown).add("summary", summary);
        if (baseRevision != null) {
            b.add("baseRevision", baseRevision);
        }
        return b.build();
    }

    private static String pagePath(String slug) {
        return "/api/v1/spaces/commons/pages/" + slug;
    }

    /** A new page in commons with the given text, created by edith; answers its slug. */
    private String newPage(String markdown) throws Exception {
        String slug = "api-" + TestData.unique();
        HttpResponse<String> created = put(pagePath(slug), "edith", edit("Api " + slug, markdown, "start", 0));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return slug;
    }

    @Test
    void aPutCreatesThePageWithThatSlugThenANewRevisionAndGetShowsIt() throws Exception {
        String slug = "api-" + TestData.unique();
        HttpResponse<String> created = put(pagePath(slug), "edith", edit("Field Notes", "# Notes\n\nFirst *line*.\n", "first", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/api/v1/spaces/commons/pages/" + slug);
        JsonObject page = json(created);
        assertThat(page.getString("slug")).isEqualTo(slug);
        assertThat(page.getString("space")).isEqualTo("commons");
        assertThat(page.getString("title")).isEqualTo("Field Notes");
        assertThat(page.getInt("revision")).isEqualTo(1);
        assertThat(page.getString("author")).isEqualTo("edith");

        HttpResponse<String> second = put(pagePath(slug), "edith", edit("Field Notes", "# Notes\n\nFirst *line*.\nSecond.\n", "more", 1));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(json(second).getInt("revision")).isEqualTo(2);
        assertThat(json(second).getBoolean("merged")).isFalse();

        HttpResponse<String> got = get(pagePath(slug), null);
        assertThat(got.statusCode()).isEqualTo(200);
        JsonObject shown = json(got);
        assertThat(shown.getInt("revision")).isEqualTo(2);
        assertThat(shown.getString("markdown")).isEqualTo("# Notes\n\nFirst *line*.\nSecond.\n");
        assertThat(shown.getString("html")).contains("<em>line</em>").doesNotContain("<script");
        assertThat(shown.getString("author")).isEqualTo("edith");
        assertThat(shown.getString("updatedAt")).isNotBlank();
        assertThat(shown.containsKey("merged")).isFalse();
    }

    @Test
    void repeatingAPutExactlyCreatesNoSecondRevision() throws Exception {
        String slug = newPage("alpha\n");
        JsonObject same = edit("Api " + slug, "alpha\nbeta\n", "retry me", 1);
        HttpResponse<String> first = put(pagePath(slug), "edith", same);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first).getInt("revision")).isEqualTo(2);
        HttpResponse<String> again = put(pagePath(slug), "edith", same);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).getInt("revision")).isEqualTo(2);
        assertThat(json(again).getBoolean("unchanged")).isTrue();
        HttpResponse<String> unchanged = put(pagePath(slug), "edith", edit("Api " + slug, "alpha\nbeta\n", "", 2));
        assertThat(json(unchanged).getBoolean("unchanged")).isTrue();
        assertThat(json(get(pagePath(slug) + "/revisions", "edith")).getInt("total")).isEqualTo(2);
    }

    @Test
    void aStaleEditThatDoesNotOverlapIsMerged() throws Exception {
        String slug = newPage("one\ntwo\nthree\nfour\nfive\n");
        assertThat(put(pagePath(slug), "ada", edit("Api " + slug, "ONE\ntwo\nthree\nfour\nfive\n", "theirs", 1)).statusCode()).isEqualTo(200);
        HttpResponse<String> mine = put(pagePath(slug), "edith", edit("Api " + slug, "one\ntwo\nthree\nfour\nFIVE\n", "mine", 1));
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        JsonObject page = json(mine);
        assertThat(page.getBoolean("merged")).isTrue();
        assertThat(page.getInt("mergedWith")).isEqualTo(2);
        assertThat(page.getInt("revision")).isEqualTo(3);
        assertThat(page.getString("markdown")).isEqualTo("ONE\ntwo\nthree\nfour\nFIVE\n");
    }

    @Test
    void overlappingEditsAnswer409WithBothTextsAndWriteNothing() throws Exception {
        String slug = newPage("a\nb\nc\n");
        assertThat(put(pagePath(slug), "ada", edit("Api " + slug, "a\nB-theirs\nc\n", "theirs", 1)).statusCode()).isEqualTo(200);
        HttpResponse<String> clash = put(pagePath(slug), "edith", edit("Api " + slug, "a\nB-mine\nc\n", "mine", 1));
        assertThat(clash.statusCode()).as(clash.body()).isEqualTo(409);
        JsonObject body = json(clash);
        assertThat(body.getString("error")).isEqualTo("conflict");
        assertThat(body.getString("message")).isNotBlank();
        assertThat(body.getInt("baseRevision")).isEqualTo(1);
        assertThat(body.getInt("currentRevision")).isEqualTo(2);
        assertThat(body.getString("yours")).isEqualTo("a\nB-mine\nc\n");
        assertThat(body.getString("theirs")).isEqualTo("a\nB-theirs\nc\n");
        assertThat(body.getString("base")).isEqualTo("a\nb\nc\n");
        assertThat(body.getJsonArray("conflicts")).hasSize(1);
        JsonObject page = json(get(pagePath(slug), "edith"));
        assertThat(page.getInt("revision")).isEqualTo(2);
        assertThat(page.getString("markdown")).isEqualTo("a\nB-theirs\nc\n");
    }

    @Test
    void writesNeedAnAccountAndEditRights() throws Exception {
        String slug = "api-" + TestData.unique();
        HttpResponse<String> anonymous = put(pagePath(slug), null, edit("Anon", "x", "", 0));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json(anonymous).getString("error")).isEqualTo("unauthorized");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();

        HttpResponse<String> outsider = put(pagePath(slug), "otto", edit("Otto", "x", "", 0));
        assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(403);
        assertThat(json(outsider).getString("error")).isEqualTo("forbidden");
        assertThat(get(pagePath(slug), "ada").statusCode()).isEqualTo(404);

        HttpResponse<String> invalid = put(pagePath(slug), "edith", edit("", "x", "", 0));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid).getString("error")).isEqualTo("invalid");
        HttpResponse<String> badSlug = put(pagePath("Not%20A%20Slug"), "edith", edit("Bad slug", "x", "", 0));
        assertThat(badSlug.statusCode()).isEqualTo(400);
    }

    @Test
    void anInviteOnlyPageIs404ForOutsidersExactlyLikeAMissingOne() throws Exception {
        String slug = "secret-" + TestData.unique();
        String path = "/api/v1/spaces/stewards/pages/" + slug;
        assertThat(put(path, "ada", edit("Secret " + slug, "hidden text", "", 0)).statusCode()).isEqualTo(201);
        assertThat(get(path, "mia").statusCode()).isEqualTo(200);
        for (String who : new String[] {null, "otto"}) {
            HttpResponse<String> hidden = get(path, who);
            HttpResponse<String> missing = get("/api/v1/spaces/stewards/pages/no-such-" + TestData.unique(), who);
            assertThat(hidden.statusCode()).as("page for " + who).isEqualTo(404);
            assertThat(hidden.body()).isEqualTo(missing.body()).doesNotContain("hidden text");
            assertThat(get(path + "/revisions", who).body()).isEqualTo(missing.body());
            assertThat(get(path + "/revisions/1", who).body()).isEqualTo(missing.body());
            assertThat(get(path + "/diff?from=1&to=1", who).body()).isEqualTo(missing.body());
            assertThat(put(path, who == null ? "otto" : who, edit("Mine", "x", "", 1)).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void revisionsArePagedNewestFirstAndOneRevisionShowsItsText() throws Exception {
        String slug = newPage("r1\n");
        for (int n = 2; n <= 5; n++) {
            HttpResponse<String> r = put(pagePath(slug), n % 2 == 0 ? "ada" : "edith", edit("Api " + slug, "r" + n + "\n", "edit " + n, n - 1));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        JsonObject first = json(get(pagePath(slug) + "/revisions?page=1&size=2", null));
        assertThat(first.getInt("total")).isEqualTo(5);
        assertThat(first.getInt("page")).isEqualTo(1);
        assertThat(first.getInt("size")).isEqualTo(2);
        JsonArray items = first.getJsonArray("items");
        assertThat(items).hasSize(2);
        JsonObject newest = items.getJsonObject(0);
        assertThat(newest.getInt("revision")).isEqualTo(5);
        assertThat(newest.getString("author")).isEqualTo("edith");
        assertThat(newest.getString("summary")).isEqualTo("edit 5");
        assertThat(newest.getBoolean("minor")).isFalse();
        assertThat(newest.getInt("size")).isEqualTo(3);
        assertThat(newest.getString("createdAt")).isNotBlank();
        JsonObject last = json(get(pagePath(slug) + "/revisions?page=3&size=2", null));
        assertThat(last.getJsonArray("items")).hasSize(1);
        assertThat(last.getJsonArray("items").getJsonObject(0).getInt("revision")).isEqualTo(1);
        assertThat(json(get(pagePath(slug) + "/revisions?size=1000", null)).getInt("size")).isEqualTo(100);

        JsonObject r2 = json(get(pagePath(slug) + "/revisions/2", null));
        assertThat(r2.getInt("revision")).isEqualTo(2);
        assertThat(r2.getString("markdown")).isEqualTo("r2\n");
        assertThat(r2.getString("html")).contains("r2");
        assertThat(r2.getString("author")).isEqualTo("ada");
        assertThat(r2.getString("title")).isEqualTo("Api " + slug);
        assertThat(r2.getString("summary")).isEqualTo("edit 2");
        assertThat(get(pagePath(slug) + "/revisions/9", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theDiffHasCountsRowsAndWordSegments() throws Exception {
        String slug = newPage("keep\nthe quick fox\ngone\n");
        put(pagePath(slug), "edith", edit("Api " + slug, "keep\nthe slow fox\nnew line\n", "", 1));
        HttpResponse<String> r = get(pagePath(slug) + "/diff?from=1&to=2", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject diff = json(r);
        assertThat(diff.getInt("from")).isEqualTo(1);
        assertThat(diff.getInt("to")).isEqualTo(2);
        assertThat(diff.getInt("added")).isPositive();
        assertThat(diff.getInt("removed")).isPositive();
        JsonArray rows = diff.getJsonArray("rows");
        JsonObject keep = rows.getJsonObject(0);
        assertThat(keep.getString("type")).isEqualTo("EQUAL");
        assertThat(keep.getInt("oldLine")).isEqualTo(1);
        assertThat(keep.getInt("newLine")).isEqualTo(1);
        assertThat(keep.getString("oldText")).isEqualTo("keep");
        boolean sawWordChange = false;
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.getJsonObject(i);
            for (String side : new String[] {"oldSegments", "newSegments"}) {
                for (int k = 0; k < row.getJsonArray(side).size(); k++) {
                    JsonObject segment = row.getJsonArray(side).getJsonObject(k);
                    assertThat(segment.getString("kind")).isIn("SAME", "ADDED", "REMOVED");
                    sawWordChange |= segment.getString("text").contains("slow") && segment.getString("kind").equals("ADDED");
                }
            }
        }
        assertThat(sawWordChange).as(r.body()).isTrue();
        JsonObject reversed = json(get(pagePath(slug) + "/diff?from=2&to=1", null));
        assertThat(reversed.getInt("added")).isEqualTo(diff.getInt("removed"));
        assertThat(reversed.getInt("removed")).isEqualTo(diff.getInt("added"));
        assertThat(json(get(pagePath(slug) + "/diff", null)).getInt("to")).isEqualTo(2);
    }

    @Test
    void aMissingPageIsAJson404() throws Exception {
        String slug = newPage("text\n");
        HttpResponse<String> missing = get(pagePath(slug + "-nope"), null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).getString("error")).isEqualTo("not_found");
    }

    @Test
    void aWriteAuthenticatedBySessionCookieAloneNeedsASameSiteOrigin() throws Exception {
        String slug = newPage("cookie\n");
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(viewState.find()).isTrue();
        String login = "login=login&login%3Ausername=edith&login%3Apassword=" + TestData.DEMO_PASSWORD
                + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(login)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);

        String body = edit("Api " + slug, "cookie\nchanged\n", "", 1).toString();
        HttpResponse<String> noOrigin = browser.send(HttpRequest.newBuilder(uri(pagePath(slug))).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noOrigin.statusCode()).as(noOrigin.body()).isEqualTo(403);
        HttpResponse<String> foreign = browser.send(HttpRequest.newBuilder(uri(pagePath(slug))).header("Content-Type", "application/json")
                .header("Origin", "https://evil.example").PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(json(get(pagePath(slug), null)).getInt("revision")).isEqualTo(1);

        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> sameSite = browser.send(HttpRequest.newBuilder(uri(pagePath(slug))).header("Content-Type", "application/json")
                .header("Origin", origin).PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sameSite.statusCode()).as(sameSite.body()).isEqualTo(200);
        assertThat(json(sameSite).getString("author")).isEqualTo("edith");
    }
}
