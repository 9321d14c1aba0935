package org.retort.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Server-Sent Events through Jersey's SseEventSink: asynchronous, no request thread held while the stream is open. */
class SseTest {

    @Path("v1/ticks")
    public static final class TickResource {
        final CountDownLatch release = new CountDownLatch(1);

        @GET
        @Produces(MediaType.SERVER_SENT_EVENTS)
        public void ticks(@Context SseEventSink sink, @Context Sse sse) {
            CompletableFuture.runAsync(() -> {
                try (sink) {
                    sink.send(sse.newEventBuilder().name("tick").data("first").build()).toCompletableFuture().join();
                    release.await(10, TimeUnit.SECONDS);
                    sink.send(sse.newEventBuilder().name("tick").data("second").build()).toCompletableFuture().join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    private ApiServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void eventsArriveAsTheyAreSentAndTheStreamEnds() throws Exception {
        var ticks = new TickResource();
        server = new ApiServer("127.0.0.1", 0);
        server.start(List.of(ticks));
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.boundPort() + "/api/v1/ticks")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        var lines = new ArrayList<String>();
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.startsWith("data:")) {
                lines.add(line);
                if (lines.size() == 1) {
                    ticks.release.countDown(); // the first event arrived before the second was sent
                }
            }
        }
        assertThat(lines).containsExactly("data: first", "data: second");
    }
}
