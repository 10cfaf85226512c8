package org.commonplace.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
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

/** Notifications over HTTP: the mention suggestions API (signed-in only, space-scoped) and the notifications page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotifyHttpIT {

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

    @Test
    void mentionSuggestionsAreForSignedInCallersWhoSeeTheSpace() throws Exception {
        HttpResponse<String> anonymous = send(request("/api/v1/spaces/commons/mentions?q=ed", null));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"error\":\"unauthorized\"");
        HttpResponse<String> mia = send(request("/api/v1/spaces/commons/mentions?q=ed", "mia"));
        assertThat(mia.statusCode()).isEqualTo(200);
        assertThat(mia.body()).contains("\"username\":\"edith\"").contains("\"displayName\"");
        assertThat(send(request("/api/v1/spaces/stewards/mentions?q=ed", "otto")).statusCode()).as("a hidden space is missing").isEqualTo(404);
    }

    @Test
    void theNotificationsPageListsAMentionAsNew() throws Exception {
        String title = "Page test " + TestData.unique();
        HttpResponse<String> created = send(request("/api/v1/spaces/commons/boards/general/threads", "mia")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"markdown\":\"Have a look, @edith\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<String> page = send(request("/notifications", "edith"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(title).contains("mentioned you in").contains("New").contains("Mark all read");
        HttpResponse<String> anonymous = send(request("/notifications", null));
        assertThat(anonymous.statusCode()).isBetween(300, 399);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("login");
    }
}
