package org.retort.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * time), and the engine overhead workflow: source → gyration → sink. {@link ChemPipeline} and
 * {@link ChemMemory} use it over the real import, chemistry and export node types.
 */
final class BenchEngine implements AutoCloseable {

    final Engine engine;
    private final Path work;

    /**
     * The cache bound of the EngineOverhead whole-run variants (the bound in force when they were
     * measured; production now keeps 50,000 rows over all runs, see {@link #production}).
     */
    static final long CACHE_ROWS = 2_000_000;

    /** An engine whose result cache holds up to {@code cacheRows} rows, over {@code nodes} and the gyration node. */
    BenchEngine(long cacheRows, NodeType<?>... nodes) throws IOException {
        this(registry -> new Engine(registry, new ResultCache(cacheRows), 2), nodes);
    }

    /** An engine made by {@code engineOf} over {@code nodes} and the gyration node. */
    private BenchEngine(Function<NodeRegistry, Engine> engineOf, NodeType<?>... nodes) throws IOException {
        var registry = new NodeRegistry();
        for (NodeType<?> node : nodes) {
            registry.addNodeType(node);
        }
        registry.addNodeType(new GyrationNode());
        if (!registry.rejected().isEmpty()) {
            throw new IllegalStateException("benchmark node types rejected: " + registry.rejected());
        }
        engine = engineOf.apply(registry);
        work = Files.createTempDirectory("retort-bench");
    }

    /** An engine over {@code nodes} exactly as the OSGi component makes it: the production cache bound, two runs at a time. */
    static BenchEngine production(NodeType<?>... nodes) throws IOException {
        return new BenchEngine(Engine::new, nodes);
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
