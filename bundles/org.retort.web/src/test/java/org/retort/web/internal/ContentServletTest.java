package org.retort.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.web.WebContent;

class ContentServletTest {

    @TempDir
    Path site;

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>Retort</title><div id=root></div>");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/app-1a2b3c.js"), "console.log('retort');\n".repeat(200));
        server = new ApiServer("127.0.0.1", 0);
        server.start(List.of(new ApiServerTest.LateResource()));
        server.content(folder(site));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    static WebContent folder(Path root) {
        return path -> {
            Path file = root.resolve(path);
            try {
                return Files.isRegularFile(file) ? file.toUri().toURL() : null;
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.boundPort() + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRootAndEveryApplicationRouteAnswerTheIndexWithoutCaching() throws Exception {
        for (String path : List.of("/", "/runs", "/runs/42", "/workflows/abc/edit")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).contains("<div id=root>");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(ContentServlet.CSP);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void hashedAssetsAreCachedForAYearAndRevalidatedByETag() throws Exception {
        var response = get("/assets/app-1a2b3c.js");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/assets/app-1a2b3c.js", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void largeFilesAreCompressedForClientsThatAcceptGzip() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.boundPort() + "/assets/app-1a2b3c.js"))
                .header("Accept-Encoding", "gzip").build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.body().length).isLessThan(4600 / 4);
    }

    @Test
    void aMissingFileOrAPathLeavingTheSiteIsAProblemNotTheIndex() throws Exception {
        var missing = get("/assets/gone-000.js");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("There is no file at this path.");
        for (String path : List.of("/assets/..%2F..%2Fetc/passwd", "/assets//app-1a2b3c.js")) {
            assertThat(get(path).statusCode()).as(path).isIn(400, 404);
        }
        assertThat(ContentServlet.normalise("/a/../b")).isNull();
        assertThat(ContentServlet.normalise("/a/./b")).isNull();
        assertThat(ContentServlet.normalise("/C:/x")).isNull();
        assertThat(ContentServlet.normalise("/assets/x.js")).isEqualTo("assets/x.js");
    }

    @Test
    void theApiIsUntouchedAndTheSiteCanGoAndComeBack() throws Exception {
        assertThat(get("/api/v1/late").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/nothing-here").headers().firstValue("Content-Type")).hasValue("application/problem+json");
        server.content(null);
        var gone = get("/");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("The browser editor is not installed");
        server.content(folder(site));
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aBundlesFilesAreReadOnceAndAFoldersEveryTime() throws Exception {
        var opened = new java.util.concurrent.atomic.AtomicInteger();
        var handler = new java.net.URLStreamHandler() {
            @Override
            protected java.net.URLConnection openConnection(java.net.URL url) {
                opened.incrementAndGet();
                return new java.net.URLConnection(url) {
                    @Override
                    public void connect() {
                    }

                    @Override
                    public java.io.InputStream getInputStream() {
                        return new java.io.ByteArrayInputStream("<!doctype html><div id=root></div>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                };
            }
        };
        server.content(path -> {
            try {
                return new java.net.URL("bundle", "42.0", -1, "/editor/" + path, handler);
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < 3; i++) {
            assertThat(get("/index.html").statusCode()).isEqualTo(200);
        }
        assertThat(opened.get()).isEqualTo(1);
    }

    @Test
    void headAnswersTheHeadersWithoutABody() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.boundPort() + "/index.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }
}
