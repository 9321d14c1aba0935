package org.retort.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retort.web.ProblemException;

class ApiServerTest {

    public record Molecule(String smiles, int heavyAtoms) {
    }

    @Path("v1/molecules")
    public static final class MoleculeResource {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Molecule echo(Molecule molecule) {
            if (molecule.smiles().isBlank()) {
                throw new ProblemException(422, "Invalid molecule", "SMILES must not be blank.");
            }
            return molecule;
        }

        @GET
        @Path("broken")
        public String broken() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @Path("v1/late")
    public static final class LateResource {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, String> get() {
            return Map.of("arrived", "yes");
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer("127.0.0.1", 0);
        server.start(List.of(new MoleculeResource()));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.boundPort() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ObjectMapperProvider.MAPPER.readTree(response.body());
    }

    @Test
    void servesAContributedResourceWithJson() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/molecules", "{\"smiles\":\"c1ccccc1O\",\"heavyAtoms\":7}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("smiles").asText()).isEqualTo("c1ccccc1O");
        assertThat(json(response).get("heavyAtoms").asInt()).isEqualTo(7);
    }

    @Test
    void malformedJsonIsA400ProblemNamingTheLocation() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/molecules", "{\"smiles\": \"CCO\",");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response).get("title").asText()).isEqualTo("Malformed JSON");
        assertThat(json(response).get("detail").asText()).contains("line 1");
    }

    @Test
    void unknownMemberIsA400ProblemNamingTheMember() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/molecules", "{\"smiles\":\"CCO\",\"heavyAtoms\":3,\"heavyAtom\":3}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asText()).contains("'heavyAtom'").contains("heavyAtoms");
    }

    @Test
    void wrongTypeIsA400ProblemNamingTheMember() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/molecules", "{\"smiles\":\"CCO\",\"heavyAtoms\":\"three\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asText()).contains("heavyAtoms");
    }

    @Test
    void aResourceCanAnswerWithItsOwnProblem() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/molecules", "{\"smiles\":\" \",\"heavyAtoms\":0}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("detail").asText()).isEqualTo("SMILES must not be blank.");
        assertThat(json(response).get("instance").asText()).isEqualTo("/api/v1/molecules");
    }

    @Test
    void unexpectedErrorsNeverLeakTheirMessageOrStack() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/molecules/broken", null);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret internal detail").doesNotContain("at org.");
        assertThat(json(response).get("incident").asText()).hasSize(36);
    }

    @Test
    void unknownPathsAreProblemsInsideAndOutsideTheApi() throws Exception {
        for (String path : List.of("/api/v1/nothing-here", "/not-the-api")) {
            HttpResponse<String> response = send("GET", path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(response).get("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void wrongMethodIsA405Problem() throws Exception {
        HttpResponse<String> response = send("DELETE", "/api/v1/molecules", null);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json(response).get("title").asText()).isEqualTo("Method Not Allowed");
    }

    @Test
    void requestsInFlightDuringSwapsNeverFail() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        Runnable client = () -> {
            while (!stop.get()) {
                try {
                    int status = send("POST", "/api/v1/molecules", "{\"smiles\":\"CCO\",\"heavyAtoms\":3}").statusCode();
                    statuses.merge(status, 1, Integer::sum);
                } catch (Exception e) {
                    statuses.merge(-1, 1, Integer::sum);
                }
            }
        };
        Thread a = new Thread(client);
        Thread b = new Thread(client);
        a.start();
        b.start();
        for (int i = 0; i < 20; i++) {
            server.update(i % 2 == 0 ? List.of(new MoleculeResource(), new LateResource()) : List.of(new MoleculeResource()));
        }
        stop.set(true);
        a.join();
        b.join();
        assertThat(statuses.keySet()).as("statuses seen %s", statuses).containsExactly(200);
    }

    @Test
    void resourcesArrivingLaterAreServedWithoutARestart() throws Exception {
        assertThat(send("GET", "/api/v1/late", null).statusCode()).isEqualTo(404);
        server.update(List.of(new MoleculeResource(), new LateResource()));
        HttpResponse<String> response = send("GET", "/api/v1/late", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("arrived").asText()).isEqualTo("yes");
        server.update(List.of(new MoleculeResource()));
        assertThat(send("GET", "/api/v1/late", null).statusCode()).isEqualTo(404);
    }
}
