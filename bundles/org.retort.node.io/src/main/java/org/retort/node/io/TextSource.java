package org.retort.node.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.retort.api.node.NodeContext;

/**
 * A text file as the importers read it, inspected once: gzip is recognised by its magic bytes (not the
 * extension), a byte order mark is skipped (UTF-8, or UTF-16 which is then used), and the charset is
 * decided for the whole file: UTF-8 when every byte sequence decodes strictly, else ISO-8859-1, which
 * decodes any byte. Deciding needs one extra pass over the bytes, in constant memory.
 */
final class TextSource {

    private static final int BUFFER = 1 << 16;

    private final Path path;
    private final boolean gzip;
    private final int bomLength;
    private final Charset charset;
    private final long invalidUtf8;

    private TextSource(Path path, boolean gzip, int bomLength, Charset charset, long invalidUtf8) {
        this.path = path;
        this.gzip = gzip;
        this.bomLength = bomLength;
        this.charset = charset;
        this.invalidUtf8 = invalidUtf8;
    }

    /** Inspects {@code path}: compression, byte order mark, charset. */
    static TextSource inspect(Path path) throws IOException {
        boolean gzip;
        try (var in = new BufferedInputStream(Files.newInputStream(path), 2)) {
            in.mark(2);
            gzip = in.read() == 0x1f && in.read() == 0x8b;
        }
        byte[] head = new byte[3];
        int read;
        try (InputStream in = bytes(path, gzip)) {
            read = in.readNBytes(head, 0, 3);
        }
        if (read >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return new TextSource(path, gzip, 2, StandardCharsets.UTF_16BE, 0);
        }
        if (read >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return new TextSource(path, gzip, 2, StandardCharsets.UTF_16LE, 0);
        }
        int bom = read == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
        long invalid;
        try (InputStream in = bytes(path, gzip)) {
            in.skipNBytes(bom);
            invalid = invalidUtf8(in);
        }
        return new TextSource(path, gzip, bom, invalid == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1, invalid);
    }

    private static InputStream bytes(Path path, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER);
        return gzip ? new GZIPInputStream(in, BUFFER) : in;
    }

    /** The number of byte sequences that are not strict UTF-8 (0 for a valid UTF-8 stream). */
    static long invalidUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        long invalid = 0;
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            while (true) {
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isOverflow()) {
                    chars.clear();
                } else if (result.isError()) {
                    invalid++;
                    bytes.position(bytes.position() + result.length());
                } else {
                    break;
                }
            }
            chars.clear();
            bytes.compact();
        }
        return invalid;
    }

    /** A new reader over the decoded text, byte order mark skipped; the caller closes it. */
    Reader open() throws IOException {
        InputStream in = bytes(path, gzip);
        try {
            in.skipNBytes(bomLength);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** Warns and counts when the file was not valid UTF-8 and is read as ISO-8859-1. */
    void report(NodeContext context) {
        if (invalidUtf8 > 0) {
            context.warn(path.getFileName() + " is not valid UTF-8 (" + invalidUtf8
                    + " invalid byte sequences): read as ISO-8859-1 (Latin-1)");
            context.count("invalid UTF-8 sequences", invalidUtf8);
        }
    }

    Charset charset() {
        return charset;
    }

    boolean gzip() {
        return gzip;
    }

    long invalidUtf8() {
        return invalidUtf8;
    }

    Path path() {
        return path;
    }
}
