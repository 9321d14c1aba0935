package org.retort.node.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Test files: resources copied out, gzipped copies, a file with one huge line. */
final class TestFiles {

    private TestFiles() {
    }

    /** The test resource {@code name} copied into {@code dir}. */
    static Path resource(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = TestFiles.class.getResourceAsStream("/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** The text of a test resource. */
    static String text(String name) throws IOException {
        try (InputStream in = TestFiles.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code file} gzipped into {@code target} (whatever its extension). */
    static Path gzip(Path file, Path target) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(file, out);
        }
        return target;
    }

    /** A file of {@code before}, {@code length} copies of {@code fill}, then {@code after}, written in constant memory. */
    static Path hugeLine(Path file, String before, char fill, long length, String after) throws IOException {
        char[] block = new char[1 << 16];
        Arrays.fill(block, fill);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write(before);
            for (long left = length; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
            out.write(after);
        }
        return file;
    }
}
