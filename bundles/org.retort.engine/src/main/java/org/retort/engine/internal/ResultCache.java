package org.retort.engine.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.retort.api.data.Table;

/**
 * Node outputs by content address, in memory. One bound covers every row the cache makes the heap
 * keep: the outputs stored and the outputs running nodes are capturing for it ({@link Capture}).
 * Least recently used outputs are dropped to make room; a capture that would take the captures alone
 * past the bound is refused. An output is immutable once stored, so runs share entries without copying.
 */
public final class ResultCache {

    private record Entry(Map<String, List<Table>> ports, long rows) {
    }

    private final long maxRows;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long stored;
    private long reserved;

    /** A cache holding at most {@code maxRows} rows, stored and being captured together. */
    public ResultCache(long maxRows) {
        this.maxRows = maxRows;
    }

    /** The output stored under {@code key}: its chunks in order, by port. */
    synchronized Optional<Map<String, List<Table>>> get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.ports());
    }

    /**
     * Makes room for {@code rows} more rows a running node captures, dropping least recently used
     * outputs as needed; {@code false} when the captures going on already fill the bound.
     */
    synchronized boolean reserve(long rows) {
        if (reserved + rows > maxRows) {
            return false;
        }
        reserved += rows;
        evict();
        return true;
    }

    /** A capture of {@code rows} rows was given up. */
    synchronized void release(long rows) {
        reserved -= rows;
    }

    /** Stores a node's complete output under {@code key}, captured in room reserved for its {@code rows} rows. */
    synchronized void put(String key, Map<String, List<Table>> ports, long rows) {
        reserved -= rows;
        Entry previous = entries.put(key, new Entry(Map.copyOf(ports), rows));
        stored += rows - (previous == null ? 0 : previous.rows());
        evict();
    }

    private void evict() {
        var eldest = entries.entrySet().iterator();
        while (stored + reserved > maxRows && eldest.hasNext()) {
            stored -= eldest.next().getValue().rows();
            eldest.remove();
        }
    }

    /** The rows held: stored, plus reserved by the captures going on. */
    synchronized long rows() {
        return stored + reserved;
    }

    /** The number of outputs stored. */
    synchronized int entries() {
        return entries.size();
    }
}
