package org.commonplace.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** The promotion REST contract over HTTP: promote, read sources, thread status, who may promote, retries. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PromotionApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest.Builder request(String path, String user) throws Exception {
        return ApiClient.request(base, path, user);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return ApiClient.send(b);
    }

    private HttpResponse<String> post(String path, String user, String json, String key) throws Exception {
        HttpRequest.Builder b = request(path, user).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return send(b);
    }

    private static List<Long> ids(String json) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void anEditorPromotesAThreadAndReadsItsSources() throws Exception {
        HttpResponse<String> thread = post("/api/v1/spaces/commons/boards/general/threads", "mia",
                "{\"title\":\"API promotion " + TestData.unique() + "\",\"markdown\":\"How do we welcome newcomers?\"}", null);
        assertThat(thread.statusCode()).isEqualTo(201);
        long threadId = ids(thread.body()).get(0);
        long opening = ids(thread.body()).get(1);
        HttpResponse<String> reply = post("/api/v1/threads/" + threadId + "/posts", "mo", "{\"markdown\":\"Pair each newcomer with a host.\",\"parentId\":null}", null);
        long replyId = ids(reply.body()).get(0);

        String slug = "welcoming-" + TestData.unique();
        String body = "{\"space\":\"commons\",\"slug\":\"" + slug + "\",\"title\":\"Welcoming " + slug + "\",\"postIds\":[" + opening + "," + replyId
                + "],\"mode\":\"new\"}";
        assertThat(post("/api/v1/threads/" + threadId + "/promotions", null, body, null).statusCode()).isEqualTo(401);
        HttpResponse<String> refused = post("/api/v1/threads/" + threadId + "/promotions", "mia", body, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"error\"");

        String key = "promo-" + TestData.unique();
        HttpResponse<String> created = post("/api/v1/threads/" + threadId + "/promotions", "edith", body, key);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/spaces/commons/pages/" + slug);
        assertThat(created.body()).contains("\"page\":{").contains("\"slug\":\"" + slug + "\"").contains("\"revision\":1")
                .contains("\"provenance\":{").contains("\"sections\":[").contains("\"contributors\":[\"mia\",\"mo\"]")
                .contains("/t/" + threadId + "#p" + replyId);
        HttpResponse<String> again = post("/api/v1/threads/" + threadId + "/promotions", "edith", body, key);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).contains("\"revision\":1");

        HttpResponse<String> sources = send(request("/api/v1/spaces/commons/pages/" + slug + "/sources", null));
        assertThat(sources.statusCode()).isEqualTo(200);
        assertThat(sources.body()).contains("\"anchor\":\"\"").contains("\"id\":" + replyId).contains("\"threadId\":" + threadId)
                .contains("\"postsSincePromotion\":[]");

        post("/api/v1/threads/" + threadId + "/posts", "otto", "{\"markdown\":\"Also: a welcome thread each month.\",\"parentId\":null}", null);
        assertThat(send(request("/api/v1/spaces/commons/pages/" + slug + "/sources", null)).body())
                .containsPattern("\"postsSincePromotion\":\\[\\{[^\\]]*\"author\":\"otto\"[^\\]]*\"threadId\":" + threadId);
        assertThat(send(request("/api/v1/threads/" + threadId, null)).body()).contains("\"status\":\"distilled\"");

        String append = "{\"space\":\"commons\",\"slug\":\"" + slug + "\",\"postIds\":[" + replyId + "],\"mode\":\"sideways\"}";
        assertThat(post("/api/v1/threads/" + threadId + "/promotions", "edith", append, null).statusCode()).isEqualTo(400);
    }

    @Test
    void inviteOnlyContentIsNeitherVisibleNorPromotable() throws Exception {
        assertThat(send(request("/api/v1/spaces/stewards/pages/stewards-handbook/sources", null)).statusCode()).isEqualTo(404);
        assertThat(send(request("/api/v1/spaces/stewards/pages/stewards-handbook/sources", "otto")).statusCode()).isEqualTo(404);
        HttpResponse<String> secret = post("/api/v1/spaces/stewards/boards/planning/threads", "mia",
                "{\"title\":\"Secret " + TestData.unique() + "\",\"markdown\":\"Stewards only.\"}", null);
        assertThat(secret.statusCode()).isEqualTo(201);
        long threadId = ids(secret.body()).get(0);
        HttpResponse<String> leak = post("/api/v1/threads/" + threadId + "/promotions", "edith",
                "{\"space\":\"commons\",\"title\":\"Leak " + TestData.unique() + "\",\"mode\":\"new\"}", null);
        assertThat(leak.statusCode()).isEqualTo(403);
        assertThat(leak.body()).contains("never widens");
    }
}
