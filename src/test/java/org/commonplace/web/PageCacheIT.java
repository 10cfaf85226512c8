package org.commonplace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.commonplace.testsupport.ApiClient;
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
 * The page cache for anonymous readers: a second view is served from the cache with the same bytes, a write makes
 * the next view fresh, HTTP validators answer 304, and signed-in readers and hidden pages never touch the cache.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCacheIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String path, String user) throws Exception {
        return ApiClient.send(ApiClient.request(base, path, user));
    }

    private HttpResponse<String> putPage(String space, String slug, String markdown, int baseRevision) throws Exception {
        return ApiClient.send(ApiClient.request(base, "/api/v1/spaces/" + space + "/pages/" + slug, "edith")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"Cache " + slug + "\",\"markdown\":\"" + markdown
                        + "\",\"summary\":\"t\",\"baseRevision\":" + baseRevision + "}")));
    }

    private static String cache(HttpResponse<?> r) {
        return r.headers().firstValue("X-Page-Cache").orElse("none");
    }

    @Test
    void anAnonymousReaderGetsTheCachedPageUntilItChanges() throws Exception {
        String slug = "cache-" + TestData.unique();
        assertThat(putPage("commons", slug, "First words FIRSTVERSION", 0).statusCode()).isEqualTo(201);
        String path = "/s/commons/wiki/" + slug;

        HttpResponse<String> first = get(path, null);
        HttpResponse<String> second = get(path, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("FIRSTVERSION");
        assertThat(cache(second)).isEqualTo("hit");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.body()).doesNotContain("jakarta.faces.ViewState");

        HttpResponse<String> reload = ApiClient.send(ApiClient.request(base, path, null).header("Cache-Control", "no-cache"));
        assertThat(cache(reload)).as("a hard reload renders the page again").isEqualTo("miss");
        assertThat(reload.body()).isEqualTo(first.body());

        String etag = second.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> notModified = ApiClient.send(ApiClient.request(base, path, null).header("If-None-Match", etag));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        assertThat(putPage("commons", slug, "Second words SECONDVERSION", 1).statusCode()).isEqualTo(200);
        HttpResponse<String> after = get(path, null);
        assertThat(after.body()).contains("SECONDVERSION").doesNotContain("FIRSTVERSION");
        assertThat(cache(after)).isEqualTo("miss");
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        HttpResponse<String> stale = ApiClient.send(ApiClient.request(base, path, null).header("If-None-Match", etag));
        assertThat(stale.statusCode()).isEqualTo(200);
    }

    @Test
    void aNewReplyShowsAtOnceOnACachedThread() throws Exception {
        HttpResponse<String> created = ApiClient.send(ApiClient.request(base, "/api/v1/spaces/commons/boards/general/threads", "mia")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Cache thread " + TestData.unique() + "\",\"markdown\":\"Opening words\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String path = "/t/" + id;
        get(path, null);
        assertThat(cache(get(path, null))).isEqualTo("hit");
        HttpResponse<String> reply = ApiClient.send(ApiClient.request(base, "/api/v1/threads/" + id + "/posts", "edith")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"markdown\":\"A reply REPLYMARKER\"}")));
        assertThat(reply.statusCode()).isEqualTo(201);
        assertThat(get(path, null).body()).contains("REPLYMARKER");
    }

    @Test
    void signedInReadersAndHiddenPagesBypassTheCache() throws Exception {
        String slug = "cache-" + TestData.unique();
        assertThat(putPage("commons", slug, "Plain", 0).statusCode()).isEqualTo(201);
        String path = "/s/commons/wiki/" + slug;
        get(path, null);
        HttpResponse<String> signedIn = get(path, "mia");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(cache(signedIn)).isEqualTo("none");

        String hidden = "cache-" + TestData.unique();
        assertThat(ApiClient.send(ApiClient.request(base, "/api/v1/spaces/stewards/pages/" + hidden, "ada")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"Hidden\",\"markdown\":\"SECRET\",\"summary\":\"t\",\"baseRevision\":0}")))
                .statusCode()).isEqualTo(201);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> outsider = get("/s/stewards/wiki/" + hidden, null);
            assertThat(outsider.statusCode()).isEqualTo(404);
            assertThat(outsider.body()).doesNotContain("SECRET");
            assertThat(cache(outsider)).isEqualTo("none");
        }
    }
}
