package org.retort.engine.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.retort.api.data.Table;

/**
 * A node's outputs. Steps hand in results in any order, numbered by input sequence; the outlet sends
 * them downstream strictly in that order, renumbered per port. This is what lets a streaming node work
 * on several chunks at once and still keep row order. The end is sent once every result before it is.
 */
final class Outlet {

    /**
     * An input port downstream: the queue of its node and the port's name. A fused target's node runs
     * in this node's threads ({@link NodeRuntime#fuse}): its chunks do not go on its queue, and its
     * chunks are numbered by this node's input sequence, so its end counts those.
     */
    record Target(String uri, String port, boolean fused) {
    }

    private final NodeRuntime node;
    private final Map<String, List<Target>> targets;
    private final Delivery delivery;
    private final ReentrantLock lock = new ReentrantLock();
    private final TreeMap<Long, Map<String, Table>> pending = new TreeMap<>();
    private final Map<String, Long> sent = new HashMap<>();
    private long next;
    private long endAt = -1;
    private boolean ended;

    Outlet(NodeRuntime node, Map<String, List<Target>> targets, Delivery delivery) {
        this.node = node;
        this.targets = targets;
        this.delivery = delivery;
    }

    /** The result for input sequence {@code seq}: a table per output port (absent ports send nothing). */
    void submit(long seq, Map<String, Table> tables) {
        lock.lock();
        try {
            pending.put(seq, tables);
            drain();
        } finally {
            lock.unlock();
        }
    }

    /** There will be {@code results} results in all (sequence numbers 0 … results-1). */
    void end(long results) {
        lock.lock();
        try {
            endAt = results;
            drain();
        } finally {
            lock.unlock();
        }
    }

    private void drain() {
        while (pending.containsKey(next)) {
            Map<String, Table> tables = pending.remove(next);
            tables.forEach(this::deliver);
            next++;
        }
        if (next == endAt && !ended) {
            ended = true;
            targets.forEach((port, to) -> {
                long count = sent.getOrDefault(port, 0L);
                to.forEach(target -> delivery.send(target.uri(), Envelope.end(target.port(), target.fused() ? endAt : count)));
            });
            node.finished();
        }
    }

    private void deliver(String port, Table table) {
        long seq = sent.merge(port, 1L, Long::sum) - 1;
        node.delivered(port, table);
        for (Target target : targets.getOrDefault(port, List.of())) {
            if (target.fused()) {
                continue;
            }
            delivery.send(target.uri(), Envelope.chunk(target.port(), seq, table));
        }
    }
}
