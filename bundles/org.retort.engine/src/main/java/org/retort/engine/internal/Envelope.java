package org.retort.engine.internal;

import org.retort.api.data.Table;

/**
 * What travels on a node's queue: a chunk for one of its input ports with its sequence number on that
 * port, the end of a port's stream, or the signal for a source to start.
 *
 * @param port  the receiving input port, or {@code null} for a start signal
 * @param seq   the chunk's position on the port (for an end: the number of chunks sent)
 * @param table the chunk, or {@code null} for an end or a start
 * @param end   whether this marks the end of the port's stream
 */
record Envelope(String port, long seq, Table table, boolean end) {

    static final Envelope START = new Envelope(null, 0, null, false);

    static Envelope chunk(String port, long seq, Table table) {
        return new Envelope(port, seq, table, false);
    }

    static Envelope end(String port, long chunks) {
        return new Envelope(port, chunks, null, true);
    }
}
