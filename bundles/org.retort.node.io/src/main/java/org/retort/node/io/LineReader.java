package org.retort.node.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ended by {@code \n}, {@code \r\n} or {@code \r}, with a cap on their length: a longer line
 * is skipped in constant memory and reported by {@link #overlong()} instead of being held. The last line
 * needs no line end; a file ending with a line end has no empty line after it.
 */
final class LineReader implements Closeable {

    private static final int SHRINK_ABOVE = 1 << 16;

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private StringBuilder line = new StringBuilder();
    private long number;
    private long length;
    private boolean overlong;

    LineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** Advances to the next line; {@code false} at the end of the input. */
    boolean next() throws IOException {
        if (line.capacity() > SHRINK_ABOVE) {
            line = new StringBuilder();
        }
        line.setLength(0);
        length = 0;
        overlong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (any) {
                    number++;
                }
                return any;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            take(start, position - start);
            if (position < limit) {
                skipLineFeed = buffer[position] == '\r';
                position++;
                number++;
                return true;
            }
        }
    }

    private void take(int start, int count) {
        length += count;
        if (overlong) {
            return;
        }
        if (length > maxLength) {
            overlong = true;
            line = new StringBuilder();
            return;
        }
        line.append(buffer, start, count);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    /** The current line without its line end, or {@code null} when it was {@link #overlong()}. */
    String text() {
        return overlong ? null : line.toString();
    }

    /** Whether the current line was longer than the cap and was skipped. */
    boolean overlong() {
        return overlong;
    }

    /** The current line's length in characters, line end excluded (also for an overlong line). */
    long length() {
        return length;
    }

    /** The 1-based number of the current line. */
    long number() {
        return number;
    }

    /** The cap on a line's length, in characters. */
    int maxLength() {
        return maxLength;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
