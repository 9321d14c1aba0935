package org.retort.web.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.retort.web.internal.ApiServerAccess;

/**
 * An in-process Retort API for resource tests, without OSGi: the web bundle's own Jetty 12 + Jersey
 * server (same Jackson mapper, same problem+json mappers and error handler) on a free loopback port,
 * serving the given resource and provider instances under {@code /api}. Only the filters among the
 * given components run (the auth bundle's tests give its security filter). Published in this bundle's
 * test-jar for the tests of every bundle that contributes to the API.
 *
 * <pre>{@code
 * try (RestHarness api = RestHarness.start(new NodesResource(catalog))) {
 *     RestHarness.Reply reply = api.get("v1/nodes");
 *     assertThat(reply.status()).isEqualTo(200);
 *     assertThat(reply.json().size()).isPositive();
 * }
 * }</pre>
 */
public final class RestHarness implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ApiServerAccess server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private RestHarness(ApiServerAccess server) {
        this.server = server;
    }

    /** Starts the API serving {@code components} (resources and providers). */
    public static RestHarness start(Object... components) {
        return start(Arrays.asList(components));
    }

    /** Starts the API serving {@code components} (resources and providers). */
    public static RestHarness start(Collection<?> components) {
        try {
            return new RestHarness(ApiServerAccess.start("127.0.0.1", List.copyOf(components)));
        } catch (Exception e) {
            throw new IllegalStateException("the test API did not start: " + e, e);
        }
    }

    /** Swaps the served components, as the web bundle does when JaxRsComponent services come and go. */
    public void update(Collection<?> components) {
        try {
            server.update(List.copyOf(components));
        } catch (Exception e) {
            throw new IllegalStateException("the test API did not accept the new components: " + e, e);
        }
    }

    /** The absolute URI of {@code path}, relative to {@code /api} ({@code v1/nodes}). */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + "/api/" + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** {@code GET path}. */
    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** {@code GET path} accepting {@code accept}. */
    public Reply get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** {@code POST path} with {@code body} of {@code contentType}. */
    public Reply post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** {@code POST path} with a JSON {@code body}. */
    public Reply postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    /** A request builder for {@code path}, for anything the shortcuts do not cover; send it with {@link #send}. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
    }

    /** Sends {@code request} and reads the whole body as text. */
    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type"), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * A response.
     *
     * @param status      the HTTP status
     * @param contentType the Content-Type header, if any
     * @param body        the body as text
     * @param headers     every response header
     */
    public record Reply(int status, Optional<String> contentType, String body, java.net.http.HttpHeaders headers) {

        /** The first value of response header {@code name}. */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The body parsed as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + " " + contentType.orElse("no type") + "): " + body, e);
            }
        }

        /** Whether the Content-Type is {@code mediaType} (parameters such as charset ignored). */
        public boolean is(String mediaType) {
            return contentType.map(t -> t.split(";")[0].trim().equalsIgnoreCase(mediaType)).orElse(false);
        }

        /** Whether this is an RFC 9457 problem with {@code status}. */
        public boolean isProblem(int expectedStatus) {
            return status == expectedStatus && is("application/problem+json") && json().path("status").asInt() == expectedStatus;
        }

        @Override
        public String toString() {
            return status + " " + contentType.orElse("") + "\n" + body;
        }
    }
}
