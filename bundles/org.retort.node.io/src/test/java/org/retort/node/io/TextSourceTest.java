package org.retort.node.io;

import org.retort.api.testing.RecordingContext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSourceTest {

    @TempDir
    Path dir;

    private static String read(TextSource source) throws IOException {
        try (Reader reader = source.open()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    @Test
    void validUtf8WithBomIsReadAsUtf8WithoutTheBom() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFsmiles,name\nCCO,éthanol\n").getBytes(StandardCharsets.UTF_8));
        TextSource source = TextSource.inspect(file);
        assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(source.invalidUtf8()).isZero();
        assertThat(read(source)).isEqualTo("smiles,name\nCCO,éthanol\n");
    }

    @Test
    void latin1FallsBackForTheWholeFileAndCountsInvalidSequences() throws IOException {
        Path file = dir.resolve("latin1.smi");
        Files.write(file, "CCO café\nCC crème brûlée\n".getBytes(StandardCharsets.ISO_8859_1));
        TextSource source = TextSource.inspect(file);
        assertThat(source.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(source.invalidUtf8()).isEqualTo(4);
        assertThat(read(source)).isEqualTo("CCO café\nCC crème brûlée\n");
        RecordingContext context = new RecordingContext();
        source.report(context);
        assertThat(context.warnings()).singleElement().asString().contains("latin1.smi", "4 invalid", "ISO-8859-1");
    }

    @Test
    void gzipIsRecognisedByItsMagicBytesNotItsName() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.smi"), "c1ccccc1 benzene\n");
        Path gz = TestFiles.gzip(plain, dir.resolve("looks-plain.smi"));
        TextSource source = TextSource.inspect(gz);
        assertThat(source.gzip()).isTrue();
        assertThat(read(source)).isEqualTo("c1ccccc1 benzene\n");
        assertThat(TextSource.inspect(plain).gzip()).isFalse();
    }

    @Test
    void utf16WithBomIsDecodedAsUtf16() throws IOException {
        Path file = dir.resolve("excel.txt");
        Files.write(file, "\uFEFFsmiles\tname\nO\twater\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(read(TextSource.inspect(file))).isEqualTo("smiles\tname\nO\twater\n");
    }

    @Test
    void countsEachInvalidSequenceIncludingATruncatedOneAtTheEnd() throws IOException {
        byte[] bytes = {'a', (byte) 0xff, 'b', (byte) 0xc3, (byte) 0xa9, (byte) 0xe2, (byte) 0x82};
        assertThat(TextSource.invalidUtf8(new ByteArrayInputStream(bytes))).isEqualTo(2);
        assertThat(TextSource.invalidUtf8(new ByteArrayInputStream(new byte[0]))).isZero();
    }

    @Test
    void anEmptyFileIsEmptyUtf8() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.sdf"));
        TextSource source = TextSource.inspect(file);
        assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read(source)).isEmpty();
    }
}
