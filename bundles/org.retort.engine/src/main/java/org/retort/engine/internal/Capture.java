package org.retort.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retort.api.data.Table;

/**
 * A node's output kept for the result cache while the node runs. Only an output with a cache key is
 * kept, and only within the room the cache grants ({@link ResultCache#reserve}): once it is refused, the
 * capture lets go of what it holds and the output is not cached. So outputs that cannot be cached
 * cost no memory, and those that can never hold more rows than the cache's bound.
 */
final class Capture {

    private final ResultCache cache;
    private final String key;
    private Map<String, List<Table>> ports;
    private long rows;

    private Capture(ResultCache cache, String key) {
        this.cache = cache;
        this.key = key;
        this.ports = key == null ? null : new HashMap<>();
    }

    /** A capture of the output stored under {@code key}; a {@code null} key captures nothing. */
    static Capture of(ResultCache cache, String key) {
        return new Capture(cache, key);
    }

    /** Keeps {@code table}, sent on {@code port}, if the cache has room for it; otherwise gives up. */
    synchronized void add(String port, Table table) {
        if (ports == null) {
            return;
        }
        if (!cache.reserve(table.size())) {
            abandon();
            return;
        }
        rows += table.size();
        ports.computeIfAbsent(port, p -> new ArrayList<>()).add(table);
    }

    /** The output is complete: it goes into the cache, unless the capture gave up. */
    synchronized void store() {
        if (ports != null) {
            cache.put(key, ports, rows);
            ports = null;
            rows = 0;
        }
    }

    /** The output will not be cached: lets go of it and of its room in the cache. */
    synchronized void abandon() {
        if (ports != null) {
            cache.release(rows);
            ports = null;
            rows = 0;
        }
    }
}
