package org.commonplace.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/** {@code GET /api/v1/search} and its suggestions over HTTP, including what outsiders of an invite-only space get. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.toURI().resolve(path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestData.DEMO_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> search(String query, String user) throws Exception {
        return send("GET", "/api/v1/search?" + query, user, null);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void hitsAndFacetsFollowTheContract() throws Exception {
        String w = "zq" + TestData.unique();
        HttpResponse<String> created = send("POST", "/api/v1/spaces/commons/boards/general/threads", "mia",
                "{\"title\":\"Sharing the " + w + " notes\",\"markdown\":\"Where do <b>notes</b> go? " + w + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);

        HttpResponse<String> r = search(q(w), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        String body = r.body();
        assertThat(body).contains("\"total\":2");
        assertThat(body).contains("\"type\":\"thread\"", "\"type\":\"post\"", "\"title\":\"Sharing the " + w + " notes\"",
                "\"space\":\"commons\"", "\"url\":\"/t/");
        assertThat(body).contains("\"facets\":{\"type\":{").contains("\"space\":{\"commons\":2}");
        // the HTML encoder escapes &, <, >, quotes and / (as &#x2F;)
        assertThat(body).contains("<mark>" + w + "</mark>").contains("&lt;b&gt;notes&lt;").doesNotContain("<b>notes");

        String onlyPosts = search(q(w) + "&type=post", null).body();
        assertThat(onlyPosts).contains("\"total\":1").doesNotContain("\"type\":\"thread\"");
        assertThat(search(q(w) + "&space=facilitation", null).body()).contains("\"total\":0");
        assertThat(search(q(w) + "&page=2&size=1", null).body()).contains("\"total\":2", "\"page\":2", "\"size\":1");

        assertThat(send("GET", "/api/v1/search/suggest?" + q("sharing the " + w.substring(0, 5)), null, null).body())
                .contains("Sharing the " + w + " notes");
    }

    @Test
    void invitationOnlyPagesAreInvisibleToOutsidersInHitsCountsFacetsAndSuggestions() throws Exception {
        String w = "zq" + TestData.unique();
        HttpResponse<String> saved = send("PUT", "/api/v1/spaces/stewards/pages/stewards-" + w, "edith",
                "{\"title\":\"Stewards " + w + "\",\"markdown\":\"Budget " + w + " for next year.\",\"summary\":\"\",\"baseRevision\":0}");
        assertThat(saved.statusCode()).isEqualTo(201);
        for (String outsider : new String[] {null, "otto"}) {
            String body = search(q(w), outsider).body();
            assertThat(body).as("search for " + outsider).contains("\"total\":0").doesNotContain("stewards").doesNotContain("Budget");
            assertThat(search(q(w) + "&space=stewards", outsider).body()).contains("\"total\":0");
            assertThat(send("GET", "/api/v1/search/suggest?" + q("stewards " + w), outsider, null).body()).isEqualTo("[]");
        }
        String member = search(q(w), "mia").body();
        assertThat(member).contains("\"total\":1", "\"space\":\"stewards\"", "<mark>" + w + "</mark>");
        assertThat(send("GET", "/api/v1/search/suggest?" + q("stewards " + w), "mia", null).body()).contains("Stewards " + w);
    }

    @Test
    void badQueriesAreRefusedWithAMessage() throws Exception {
        HttpResponse<String> tooLong = search(q("a".repeat(1001)), null);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"error\":\"invalid\"", "1000");
        HttpResponse<String> empty = search("q=", null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"error\":\"invalid\"");
        assertThat(search(q("\"unclosed (( OR"), null).statusCode()).isEqualTo(200);
        HttpResponse<String> tooDeep = search(q("notes") + "&page=101&size=100", null);
        assertThat(tooDeep.statusCode()).as("beyond the 10,000th hit").isEqualTo(400);
        assertThat(tooDeep.body()).contains("\"error\":\"invalid\"", "10,000");
        assertThat(search(q("notes") + "&page=100&size=100", null).statusCode()).isEqualTo(200);
    }
}
