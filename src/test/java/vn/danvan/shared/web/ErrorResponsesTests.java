package vn.danvan.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.danvan.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the servlet container answers before any controller is reached: problem details under /api, friendly pages
 * elsewhere, and never a stack trace.
 */
class ErrorResponsesTests extends ServerTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anUnknownApiPathIsAProblemNotAPage() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/api/v1/nothing-here"))).GET());
        assertThat(response.statusCode()).isIn(401, 404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"code\"");
    }

    @Test
    void anUnsupportedMethodOnTheApiIsAProblemWithItsCode() throws Exception {
        String token = token();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/api/v1/org-units")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("\"code\":\"request.method\"");
        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(url("/api/v1/nothing-here")))
                .header("Authorization", "Bearer " + token).GET());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"code\":\"not-found\"");
    }

    @Test
    void anUnknownPageIsAFriendlyVietnamesePage() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/login/nothing-here"))).GET());
        assertThat(response.statusCode()).isIn(302, 404);
        HttpResponse<String> error = send(HttpRequest.newBuilder(URI.create(url("/error"))).GET());
        assertThat(error.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
    }

    @Test
    void anOversizedUploadIsRefusedWithoutAServerError() throws Exception {
        String token = token();
        byte[] big = new byte[30 * 1024 * 1024];
        String boundary = "danvanBoundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"units.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + big.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + big.length, tail.length);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/api/v1/org-units/import")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("request.too-large");
    }

    @Test
    void anOversizedJsonBodyIsRefusedBeforeItIsRead() throws Exception {
        String token = token();
        String body = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/api/v1/org-units")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("request.too-large");
    }

    private String token() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/api/v1/tokens")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + IntegrationTestPassword.VALUE + "\"}")));
        assertThat(response.statusCode()).isEqualTo(201);
        return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The administrator's password in tests. */
    private static final class IntegrationTestPassword {
        static final String VALUE = vn.danvan.support.IntegrationTest.PASSWORD;
    }
}
