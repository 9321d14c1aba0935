package org.retort.engine.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.retort.api.data.Table;

/**
 * Node outputs by content address, in memory, least recently used dropped first once the rows held
 * exceed a bound. An output is immutable once stored, so runs share entries without copying.
 */
public final class ResultCache {

    private record Entry(Map<String, List<Table>> ports, long rows) {
    }

    private final long maxRows;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long rows;

    /** A cache holding at most {@code maxRows} rows over all entries. */
    public ResultCache(long maxRows) {
        this.maxRows = maxRows;
    }

    /** The most rows one node output may have to be cached. */
    long maxRows() {
        return maxRows;
    }

    /** The output stored under {@code key}: its chunks in order, by port. */
    synchronized Optional<Map<String, List<Table>>> get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.ports());
    }

    /** Stores a node's complete output under {@code key}. */
    synchronized void put(String key, Map<String, List<Table>> ports) {
        long size = ports.values().stream().flatMap(List::stream).mapToLong(Table::size).sum();
        if (size > maxRows) {
            return;
        }
        Entry previous = entries.put(key, new Entry(Map.copyOf(ports), size));
        rows += size - (previous == null ? 0 : previous.rows());
        var eldest = entries.entrySet().iterator();
        while (rows > maxRows && eldest.hasNext()) {
            rows -= eldest.next().getValue().rows();
            eldest.remove();
        }
    }
}
