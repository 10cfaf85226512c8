package org.commonplace.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** The forum's REST contract over HTTP: boards, threads, posting with Idempotency-Key, hidden spaces. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumApiIT {

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

    private static long firstId(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aMemberStartsAThreadAndRepliesOnceWhateverTheRetries() throws Exception {
        assertThat(send(request("/api/v1/spaces/commons/boards", null)).body()).contains("\"slug\":\"general\"");
        String title = "API thread " + TestData.unique();
        HttpResponse<String> created = send(request("/api/v1/spaces/commons/boards/general/threads", "mia")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"markdown\":\"Hello **all**\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"title\":\"" + title + "\"").contains("<strong>all</strong>").contains("\"posts\":[");
        long threadId = firstId(created.body());

        String key = "retry-" + TestData.unique();
        HttpRequest.Builder post = request("/api/v1/threads/" + threadId + "/posts", "mia").header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString("{\"markdown\":\"once\",\"parentId\":null}"));
        HttpResponse<String> first = send(post);
        HttpResponse<String> again = send(post);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(firstId(again.body())).isEqualTo(firstId(first.body()));

        HttpResponse<String> thread = send(request("/api/v1/threads/" + threadId, null));
        assertThat(thread.statusCode()).isEqualTo(200);
        assertThat(thread.body().split("\"markdown\":\"once\"", -1)).hasSize(2);
        assertThat(send(request("/api/v1/spaces/commons/boards/general/threads", null)).body()).contains(title);
    }

    @Test
    void postingNeedsAnAccountAndHiddenBoardsAreNotFound() throws Exception {
        HttpResponse<String> anonymous = send(request("/api/v1/spaces/commons/boards/general/threads", null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"x\",\"markdown\":\"y\"}")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(send(request("/api/v1/spaces/stewards/boards", "otto")).statusCode()).isEqualTo(404);
        assertThat(send(request("/api/v1/spaces/stewards/boards", "mia")).statusCode()).isEqualTo(200);
        HttpResponse<String> empty = send(request("/api/v1/spaces/commons/boards/general/threads", "mia")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"t\",\"markdown\":\" \"}")));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"error\":\"invalid\"");
    }
}
