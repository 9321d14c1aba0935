package org.retort.engine.internal.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.retort.engine.RunOptions;
import org.retort.engine.internal.Engine;
import org.retort.engine.internal.NodeRegistry;
import org.retort.engine.internal.ResultCache;
import org.retort.engine.testnodes.CollectSink;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.Trigger;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/** An engine over the trigger test nodes, quick trigger settings under one directory, and waiting with a deadline. */
final class TriggerFixture implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofSeconds(30);

    final LinesSource lines = new LinesSource();
    final GateSource gate = new GateSource();
    final CollectSink collect = new CollectSink();
    final Engine engine;
    final Path base;

    TriggerFixture(Path base) {
        this.base = base;
        var registry = new NodeRegistry();
        registry.addNodeType(lines);
        registry.addNodeType(gate);
        registry.addNodeType(collect);
        engine = new Engine(registry, new ResultCache(10_000), 2);
    }

    /** Folders listed every 50 ms, a file taken when unchanged for {@code minAge}. */
    TriggerSettings settings(Duration minAge) {
        return new TriggerSettings(base.resolve("data"), base.resolve("state"), Duration.ofMillis(50),
                Duration.ofMillis(50), minAge, RunOptions.defaults().withWorkDirectory(base.resolve("work")));
    }

    TriggerManager manager(Duration minAge) throws Exception {
        return new TriggerManager(engine, settings(minAge));
    }

    TriggerManager manager() throws Exception {
        return manager(Duration.ofMillis(300));
    }

    /** lines → collect; files matching *.txt dropped into {@code folder} go to lines.path. */
    static Workflow lines(String id, String folder) {
        return new Workflow(id, "Lines", "", List.of(
                WorkflowNode.of("lines", "test.lines", "1.0.0", Map.of()),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("lines.out", "collect.in")),
                List.of(new Trigger.FileDrop(folder, "*.txt", "lines.path")), Map.of());
    }

    /** gate → collect, started by {@code trigger}. */
    static Workflow gated(String id, Trigger trigger) {
        return new Workflow(id, "Gated", "", List.of(
                WorkflowNode.of("gate", "test.gate", "1.0.0", Map.of()),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("gate.out", "collect.in")), List.of(trigger), Map.of());
    }

    /** Waits until {@code condition} holds; fails naming {@code what} after the deadline. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
            Thread.sleep(20);
        }
    }

    /** The regular files directly in {@code folder}, by name; empty if it does not exist. */
    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        gate.gate.countDown();
        engine.close();
    }
}
