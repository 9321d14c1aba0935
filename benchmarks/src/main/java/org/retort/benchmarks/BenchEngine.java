package org.retort.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.retort.api.node.NodeType;
import org.retort.engine.RunOptions;
import org.retort.engine.internal.Engine;
import org.retort.engine.internal.NodeRegistry;
import org.retort.engine.internal.ResultCache;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * An engine over the benchmark's node types, set up as the OSGi component sets it up (two runs at a
 * time), and the one workflow shape measured: source → gyration → sink.
 */
final class BenchEngine implements AutoCloseable {

    final Engine engine;
    private final Path work;

    /** The production cache bound: every node keeps up to this many output rows until it finishes. */
    static final long CACHE_ROWS = 2_000_000;

    /** An engine whose result cache holds up to {@code cacheRows} rows, over {@code nodes} and the gyration node. */
    BenchEngine(long cacheRows, NodeType<?>... nodes) throws IOException {
        var registry = new NodeRegistry();
        for (NodeType<?> node : nodes) {
            registry.addNodeType(node);
        }
        registry.addNodeType(new GyrationNode());
        if (!registry.rejected().isEmpty()) {
            throw new IllegalStateException("benchmark node types rejected: " + registry.rejected());
        }
        engine = new Engine(registry, new ResultCache(cacheRows), 2);
        work = Files.createTempDirectory("retort-bench");
    }

    /** {@code source} → the gyration node → {@code sink}, by node type id. */
    static Workflow pipeline(String source, Map<String, Object> sourceParams, String sink) {
        return Workflow.of("engine-overhead", List.of(
                WorkflowNode.of("source", source, "1.0.0", sourceParams),
                WorkflowNode.of("gyration", "bench.gyration", "1.0.0", Map.of()),
                WorkflowNode.of("sink", sink, "1.0.0", Map.of())),
                List.of(Edge.of("source.out", "gyration.in"), Edge.of("gyration.out", "sink.in")));
    }

    /** The engine's defaults with {@code chunkSize} rows per chunk and {@code threads} per streaming node. */
    RunOptions options(int chunkSize, int threads) {
        return RunOptions.defaults().withChunkSize(chunkSize).withConcurrency(threads).withWorkDirectory(work);
    }

    @Override
    public void close() throws IOException {
        engine.close();
        Files.deleteIfExists(work);
    }
}
