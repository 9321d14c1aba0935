package org.retort.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A GET with a short timeout; status 0 means nothing answered. */
final class Http {
    record Answer(int status, String body) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Http() {
    }

    static Answer get(int port, String path) {
        return send(request(port, path, 5).GET());
    }

    /** A POST of a JSON body. */
    static Answer post(int port, String path, String json) {
        return send(request(port, path, 10).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder request(int port, String path, int seconds) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(seconds));
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    /** Polls until {@code path} answers {@code status}, or the timeout passes; returns the last answer. */
    static Answer await(int port, String path, int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer answer = get(port, path);
        while (answer.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = get(port, path);
        }
        return answer;
    }
}
