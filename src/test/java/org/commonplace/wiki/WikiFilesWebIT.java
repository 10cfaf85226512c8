package org.commonplace.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files and listings over HTTP as a browser gets them. The data is made in the container through the services,
 * then fetched from inside the container through the real HTTP stack (routes, security, headers), with Basic auth.
 */
@ExtendWith(ArquillianExtension.class)
class WikiFilesWebIT {

    static final String SANDBOX = "sandbox; default-src 'none'";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(WikiFilesWebIT.class, WikiListsIT.class);
    }

    @Inject
    WikiService wiki;

    @Inject
    FileService files;

    @Inject
    Viewers viewers;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Viewer user(String name) {
        return viewers.byUsername(name).orElseThrow();
    }

    private String page(String space, String title) {
        return ((SaveOutcome.Saved) wiki.save(user("ada"), space, null, new Edit(title, "text of " + title, "", false, 0, "web-test"))).page().getSlug();
    }

    private HttpResponse<byte[]> get(String path, String user, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestData.serverBaseUrl() + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestData.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aPngIsShownInlineInASandboxAndAnswersConditionalRequests() throws Exception {
        String slug = page("commons", "Web image " + TestData.unique());
        files.attach(user("ada"), "commons", slug, "chart.png", "image/png", new ByteArrayInputStream(WikiListsIT.PNG));
        HttpResponse<byte[]> png = get("/s/commons/wiki/" + slug + "/files/chart.png", null);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.body()).isEqualTo(WikiListsIT.PNG);
        assertThat(header(png, "Content-Type")).isEqualTo("image/png");
        assertThat(header(png, "Content-Disposition")).startsWith("inline;").contains("filename=\"chart.png\"");
        assertThat(png.headers().allValues("X-Content-Type-Options")).containsOnly("nosniff");
        assertThat(png.headers().allValues("Content-Security-Policy")).containsExactly(SANDBOX);
        assertThat(header(png, "Content-Length")).isEqualTo(String.valueOf(WikiListsIT.PNG.length));
        assertThat(header(png, "Cache-Control")).startsWith("public");
        String etag = header(png, "ETag");
        assertThat(etag).isNotEmpty();
        assertThat(get("/s/commons/wiki/" + slug + "/files/chart.png", null, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/s/commons/wiki/" + slug + "/files/missing.png", null).statusCode()).isEqualTo(404);
    }

    @Test
    void pdfAndTextAreDownloadsNeverInline() throws Exception {
        String slug = page("commons", "Web docs " + TestData.unique());
        files.attach(user("ada"), "commons", slug, "minutes.pdf", "application/pdf", new ByteArrayInputStream("%PDF-1.4 x".getBytes(StandardCharsets.UTF_8)));
        files.attach(user("ada"), "commons", slug, "readme.txt", "text/plain", new ByteArrayInputStream("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<byte[]> pdf = get("/s/commons/wiki/" + slug + "/files/minutes.pdf", "otto");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(header(pdf, "Content-Type")).isEqualTo("application/pdf");
        assertThat(header(pdf, "Content-Disposition")).startsWith("attachment;");
        assertThat(pdf.headers().allValues("Content-Security-Policy")).containsExactly(SANDBOX);
        HttpResponse<byte[]> txt = get("/s/commons/wiki/" + slug + "/files/readme.txt", null);
        assertThat(txt.statusCode()).isEqualTo(200);
        assertThat(header(txt, "Content-Type")).startsWith("text/plain");
        assertThat(header(txt, "Content-Disposition")).startsWith("attachment;");
        assertThat(header(txt, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(pdf.headers().allValues("Content-Security-Policy")).containsExactly(SANDBOX);
    }

    @Test
    void anInviteOnlySpacesFileIsNotFoundForOutsidersAndPrivateForMembers() throws Exception {
        String slug = page("stewards", "Web secret " + TestData.unique());
        files.attach(user("ada"), "stewards", slug, "secret.png", "image/png", new ByteArrayInputStream(WikiListsIT.PNG));
        String path = "/s/stewards/wiki/" + slug + "/files/secret.png";
        assertThat(get(path, "otto").statusCode()).isEqualTo(404);
        assertThat(get(path, null).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> mia = get(path, "mia");
        assertThat(mia.statusCode()).isEqualTo(200);
        assertThat(header(mia, "Cache-Control")).startsWith("private");
        assertThat(get(path, "ada").statusCode()).isEqualTo(200);
        assertThat(get("/s/stewards/wiki/" + slug + "/files", "otto").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> list = get("/s/stewards/wiki/" + slug + "/files", "mia");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(body(list)).contains("secret.png").contains("![secret.png](/s/stewards/wiki/" + slug + "/files/secret.png)")
                .contains("id=\"upload:file\"");
        assertThat(body(get("/s/stewards/wiki/" + slug + "/files", "ada"))).contains("secret.png");
    }

    @Test
    void listingPagesAnswerAndRespectAccess() throws Exception {
        String title = "Web listed " + TestData.unique();
        String slug = page("stewards", title);
        String other = "Web linking " + TestData.unique();
        wiki.save(user("ada"), "stewards", null, new Edit(other, "see [[" + title + "]] and [[Nowhere Yet " + slug + "]]", "", false, 0));

        HttpResponse<byte[]> index = get("/s/stewards/wiki", "mia");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(body(index)).contains(title).contains("Nowhere Yet " + slug).contains("/s/stewards/new");
        assertThat(get("/s/stewards/wiki", "otto").statusCode()).isEqualTo(404);
        assertThat(body(get("/s/commons/wiki", "otto"))).doesNotContain("/s/commons/new").doesNotContain("/edit\"");

        assertThat(body(get("/changes", "mia"))).contains(title);
        assertThat(body(get("/changes?hideMinor=true", "mia"))).contains(title).contains("id=\"show-minor\"");
        assertThat(body(get("/changes", "otto"))).doesNotContain(title);
        assertThat(body(get("/changes", null))).doesNotContain(title);
        assertThat(get("/s/stewards/changes", "otto").statusCode()).isEqualTo(404);
        assertThat(body(get("/s/stewards/changes", "mia"))).contains(title).contains("/wiki/" + slug + "?rev=1");

        assertThat(body(get("/s/stewards/tag/web-test", "mia"))).contains(title);
        assertThat(get("/s/stewards/tag/web-test", "otto").statusCode()).isEqualTo(404);
        assertThat(body(get("/s/stewards/wiki/" + slug + "/links", "mia"))).contains(other);
        assertThat(get("/s/stewards/wiki/" + slug + "/links", "otto").statusCode()).isEqualTo(404);
        assertThat(get("/s/stewards/wiki/no-such-page-" + slug + "/links", "mia").statusCode()).isEqualTo(404);
    }
}
