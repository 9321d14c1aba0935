package org.retort.node.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> lines(String text, int max) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineReader reader = new LineReader(new StringReader(text), max)) {
            while (reader.next()) {
                out.add(reader.number() + ":" + (reader.overlong() ? "<" + reader.length() + ">" : reader.text()));
            }
        }
        return out;
    }

    @Test
    void splitsOnLfCrLfAndCrAndNeedsNoFinalLineEnd() throws IOException {
        assertThat(lines("a\nb\r\nc\rd", 100)).containsExactly("1:a", "2:b", "3:c", "4:d");
        assertThat(lines("a\r\n\r\nb\r\n", 100)).containsExactly("1:a", "2:", "3:b");
        assertThat(lines("", 100)).isEmpty();
        assertThat(lines("\n", 100)).containsExactly("1:");
    }

    @Test
    void crLfSplitAcrossTheBufferIsOneLineEnd() throws IOException {
        String first = "x".repeat((1 << 14) - 1);
        assertThat(lines(first + "\r\nnext\r\n", 1 << 20)).containsExactly("1:" + first, "2:next");
    }

    @Test
    void skipsAnOverlongLineButKeepsItsLengthAndReadsOn() throws IOException {
        String text = "short\n" + "y".repeat(100_000) + "\nafter";
        assertThat(lines(text, 50)).containsExactly("1:short", "2:<100000>", "3:after");
        assertThat(lines("12345\n", 5)).containsExactly("1:12345");
        assertThat(lines("123456\n", 5)).containsExactly("1:<6>");
    }
}
