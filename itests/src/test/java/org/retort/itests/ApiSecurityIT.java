package org.retort.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The permission matrix of the whole API, on the distribution as users run it: every endpoint the
 * running system documents (its OpenAPI document lists the resources of every installed bundle)
 * must have a line in {@code api-permissions.txt}, and is called as an anonymous caller and as a
 * user of each role (API keys of accounts the administrator created). A call gets "past security"
 * unless it is answered 401 or 403; path parameters are dummies and bodies are {@code {}}, so
 * allowed calls end in 404 or 400, and nothing is changed.
 */
public class ApiSecurityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> CALLERS = List.of("anonymous", "viewer", "scientist", "operator", "admin");
    private static final String PASSWORD = "an-unremarkable-lab-passphrase";

    private static Installation installation;
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    @BeforeClass
    public static void start() throws Exception {
        installation = Installation.unpack();
        installation.setCfg("etc/org.retort.auth.cfg", "accountRequestsPerMinutePerIp", "10000");
        installation.setCfg("etc/org.retort.auth.cfg", "requestsPerMinutePerIp", "10000");
        Installation.Result started = installation.launcher("start");
        assertEquals(started.output(), 0, started.exit());

        KEYS.put("admin", key("admin", Installation.ADMIN_PASSWORD));
        for (String role : List.of("viewer", "scientist", "operator")) {
            Reply created = send("POST", "/api/v1/admin/users", KEYS.get("admin"), "{\"username\":\"" + role + "\",\"email\":\"" + role
                    + "@lab.test\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role.toUpperCase() + "\"]}");
            assertEquals(created.body(), 201, created.status());
            KEYS.put(role, key(role, PASSWORD));
        }
    }

    @AfterClass
    public static void stop() throws Exception {
        if (installation != null) {
            installation.launcher("stop");
        }
    }

    /** Logs in with a session and creates an API key, as a script's owner would. */
    private static String key(String username, String password) throws Exception {
        HttpResponse<String> login = HTTP.send(request("/api/v1/auth/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(login.body(), 200, login.statusCode());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = JSON.readTree(login.body()).path("csrfToken").asText();
        HttpResponse<String> key = HTTP.send(request("/api/v1/auth/api-keys").header("Content-Type", "application/json")
                .header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ApiSecurityIT\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(key.body(), 201, key.statusCode());
        return JSON.readTree(key.body()).path("key").asText();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + installation.port + path)).timeout(Duration.ofSeconds(20));
    }

    record Reply(int status, String body) {
    }

    private static Reply send(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // the JDK client can reuse a kept-alive connection the server has just closed; the request
            // then gets no answer at all. Once again on a fresh connection tells that apart from a real failure.
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        return new Reply(response.statusCode(), response.body());
    }

    @Test
    public void everyEndpointLetsInExactlyTheCallersOfThePermissionMatrix() throws Exception {
        Map<String, String> matrix = matrix();
        JsonNode paths = JSON.readTree(send("GET", "/api/v1/openapi.json", null, null).body()).path("paths");
        var documented = new TreeSet<String>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
        }
        var missing = new TreeSet<>(documented);
        missing.removeAll(matrix.keySet());
        var stale = new TreeSet<>(matrix.keySet());
        stale.removeAll(documented);
        assertTrue("endpoints without a line in api-permissions.txt (decide who may call them): " + missing, missing.isEmpty());
        assertTrue("lines in api-permissions.txt for endpoints that no longer exist: " + stale, stale.isEmpty());

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, String> entry : matrix.entrySet()) {
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String path = "/api" + entry.getKey().substring(method.length() + 1).replaceAll("\\{[^}]+}", "x0");
            String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                boolean expected = entry.getValue().charAt(i) == '+';
                Reply reply;
                try {
                    reply = send(method, path, KEYS.get(caller), body);
                } catch (IOException e) {
                    wrong.add(entry.getKey() + " as " + caller + ": no answer twice (" + e + ")");
                    continue;
                }
                calls++;
                boolean passed = reply.status() != 401 && reply.status() != 403;
                if (passed != expected || reply.status() >= 500) {
                    wrong.add(entry.getKey() + " as " + caller + ": " + reply.status() + " (expected " + (expected ? "allowed" : "refused")
                            + ") " + reply.body().replaceAll("\\s+", " ").substring(0, Math.min(160, reply.body().length())));
                }
            }
        }
        assertTrue(calls + " calls; these broke the matrix (or answered 5xx):\n" + String.join("\n", wrong), wrong.isEmpty());
    }

    /** "METHOD /path" → one '+' or '-' per caller, in the order of {@link #CALLERS}. */
    private static Map<String, String> matrix() throws IOException {
        var matrix = new LinkedHashMap<String, String>();
        try (InputStream in = ApiSecurityIT.class.getResourceAsStream("/api-permissions.txt")) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                assertEquals("a line of api-permissions.txt: " + line, 2 + CALLERS.size(), f.length);
                String signs = String.join("", List.of(f).subList(2, f.length));
                assertTrue("only + and - : " + line, signs.matches("[+-]+"));
                matrix.put(f[0] + " " + f[1], signs);
            }
        }
        return matrix;
    }
}
