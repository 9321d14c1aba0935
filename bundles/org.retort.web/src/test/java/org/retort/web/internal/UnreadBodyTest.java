package org.retort.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retort.web.testkit.RestHarness;

/**
 * A request whose body the API never reads (refused before its resource ran: unknown path, no
 * permission) must not cost the client its answer. Clients send the body just after the headers; when
 * the answer is written before the body has arrived, a server that then closed the connection would
 * meet the late body with a TCP reset, and the client could lose the answer it was about to read.
 */
class UnreadBodyTest {

    private final RestHarness api = RestHarness.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aBodyArrivingAfterTheAnswerIsReadAndTheConnectionServesTheNextRequest() throws Exception {
        int port = api.uri("").getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            out.write(("POST /api/v1/nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread.sleep(300);
            out.write("{}".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            List<String> first = response(in);
            assertThat(first.get(0)).isEqualTo("HTTP/1.1 404 Not Found");
            assertThat(first).noneMatch(h -> h.equalsIgnoreCase("Connection: close"));

            out.write("GET /api/v1/nowhere-else HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            assertThat(response(in).get(0)).as("the same connection answers the next request").isEqualTo("HTTP/1.1 404 Not Found");
        }
    }

    /** The status line and headers of one response; its body (Content-Length) is read and dropped. */
    private static List<String> response(BufferedReader in) throws Exception {
        var lines = new ArrayList<String>();
        long length = 0;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            lines.add(line);
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).trim());
            }
        }
        assertThat(lines).as("a response").isNotEmpty();
        for (long i = 0; i < length; i++) {
            in.read();
        }
        return lines;
    }
}
