package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.engine.InvalidWorkflowException;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.testnodes.CollectSink;
import org.retort.engine.testnodes.LocalEstimateNode;
import org.retort.engine.testnodes.NumbersSource;
import org.retort.engine.testnodes.PositionBarrier;
import org.retort.engine.testnodes.RemoteNode;
import org.retort.engine.testnodes.ScaleNode;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.ErrorPolicy;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;
import org.yaml.snakeyaml.Yaml;

class CamelYamlExportTest {

    @TempDir
    Path work;

    private final NumbersSource numbers = new NumbersSource();
    private final Engine engine = new Engine(TestCatalog.of(numbers, new ScaleNode(), new PositionBarrier(), new CollectSink(),
            new RemoteNode(), new LocalEstimateNode()), new ResultCache(100_000), 1);
    private final RunOptions options = RunOptions.defaults().withConcurrency(3);

    @AfterEach
    void close() {
        engine.close();
    }

    /** numbers → scale (3 threads by default, 2 retries then failure port) → position → collect. */
    private static Workflow fourNodes() {
        return Workflow.of("four", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", 10)),
                WorkflowNode.of("scale", "test.scale", "1.0.0", Map.of()).withOnError(new ErrorPolicy(2, 50, ErrorPolicy.Then.ROUTE)),
                WorkflowNode.of("position", "test.position", "1.0.0", Map.of()),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "scale.in"), Edge.of("scale.out", "position.in"),
                        Edge.of("position.out", "collect.in")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    /** The endpoint parameters of the route's queue (the export writes URI options as keys). */
    private static Map<String, Object> queue(Map<String, Object> route) {
        Map<String, Object> from = map(route.get("from"));
        assertThat(from.get("uri")).isEqualTo("seda");
        return map(from.get("parameters"));
    }

    /** Description by id of every {@code process} anywhere in {@code node}. */
    private static Map<String, Object> processors(Object node) {
        var found = new LinkedHashMap<String, Object>();
        if (node instanceof Map<?, ?> m) {
            m.forEach((key, value) -> {
                if ("process".equals(key)) {
                    found.put((String) map(value).get("id"), map(value).get("description"));
                } else {
                    found.putAll(processors(value));
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> found.putAll(processors(item)));
        }
        return found;
    }

    /** The value of the first {@code key} anywhere in {@code node}, depth first. */
    private static Object find(Object node, String key) {
        if (node instanceof Map<?, ?> m) {
            if (m.containsKey(key)) {
                return m.get(key);
            }
            node = List.copyOf(m.values());
        }
        if (node instanceof List<?> l) {
            for (Object item : l) {
                Object found = find(item, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Map<String, Map<String, Object>> routesById(String yaml) {
        Object document = new Yaml().load(yaml);
        var routes = new LinkedHashMap<String, Map<String, Object>>();
        for (Object item : list(document)) {
            Map<String, Object> route = map(map(item).get("route"));
            routes.put((String) route.get("id"), route);
        }
        return routes;
    }

    @Test
    void aFourNodeWorkflowExportsOneReadableRoutePerNodeAsValidYaml() throws Exception {
        Map<String, Map<String, Object>> routes = routesById(engine.exportCamelYaml(fourNodes(), options));
        assertThat(routes).containsOnlyKeys("numbers", "scale", "position", "collect");

        Map<String, Object> scale = routes.get("scale");
        assertThat(scale.get("description")).isEqualTo("node 'scale': test.scale@1.0.0, streaming; out -> position.in");
        assertThat(queue(scale)).containsEntry("name", "node-scale").containsEntry("size", 8)
                .containsEntry("blockWhenFull", true).containsEntry("concurrentConsumers", 3);
        assertThat(processors(scale)).containsEntry("scale-work",
                "runs test.scale@1.0.0 on each chunk, chunks in parallel, results sent in input order")
                .containsEntry("scale-exhausted",
                        "node 'scale' threw: 2 retries from 50 ms, doubling, then the chunk's rows go to the failure port");

        assertThat(routes.get("numbers").get("description")).isEqualTo("node 'numbers': test.numbers@1.0.0, source; out -> scale.in");
        assertThat(queue(routes.get("numbers"))).containsEntry("name", "node-numbers").containsEntry("concurrentConsumers", 1);
        assertThat(routes.get("position").get("description")).isEqualTo("node 'position': test.position@1.0.0, barrier; out -> collect.in");
        assertThat(routes.get("collect").get("description")).isEqualTo("node 'collect': test.collect@1.0.0, sink");
        assertThat(processors(routes.get("collect"))).containsEntry("collect-work", "writes each chunk, in order, with test.collect@1.0.0");
    }

    @Test
    void exportingRunsNothingAndShowsEveryNodeEvenWhenItsOutputIsCached() throws Exception {
        Run run = engine.start(fourNodes(), options.withWorkDirectory(work));
        assertThat(run.await(Duration.ofSeconds(30))).isTrue();
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);

        String yaml = engine.exportCamelYaml(fourNodes(), options);

        assertThat(numbers.runs.get()).isEqualTo(1);
        assertThat(engine.runs()).hasSize(1);
        assertThat(routesById(yaml).values()).extracting(r -> (String) r.get("description"))
                .hasSize(4).noneMatch(d -> d.contains("cache"));
    }

    @Test
    void aGuardedNodeExportsCamelsCircuitBreakerWithItsTimeoutAndSettingsAndItsFallbackHasNoRoute() throws Exception {
        var policy = new ErrorPolicy(1, 10, ErrorPolicy.Then.FAIL).withTimeout(2000)
                .withCircuitBreaker(new ErrorPolicy.CircuitBreaker(50, 10, 30_000)).withFallback("local");
        Workflow workflow = Workflow.of("guarded", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", 10)),
                WorkflowNode.of("remote", "test.remote", "1.0.0", Map.of()).withOnError(policy),
                WorkflowNode.of("local", "test.local", "1.0.0", Map.of()),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "remote.in"), Edge.of("remote.out", "collect.in")));

        String yaml = engine.exportCamelYaml(workflow, options);
        Map<String, Map<String, Object>> routes = routesById(yaml);

        assertThat(routes).as("the fallback runs inside remote's route").containsOnlyKeys("numbers", "remote", "collect");
        Map<String, Object> breaker = map(find(routes.get("remote"), "circuitBreaker"));
        assertThat(breaker.get("description")).isEqualTo("timeout 2000 ms; opens at 50% failures of the last 10 calls for 30 s");
        assertThat(map(find(breaker, "resilience4jConfiguration"))).containsEntry("timeoutEnabled", "true")
                .containsEntry("timeoutDuration", 2000).containsEntry("failureRateThreshold", 50.0)
                .containsEntry("minimumNumberOfCalls", 10).containsEntry("slidingWindowSize", 10)
                .containsEntry("waitDurationInOpenState", 30).containsEntry("permittedNumberOfCallsInHalfOpenState", 1);
        assertThat(processors(routes.get("remote")))
                .containsEntry("remote-call", "runs test.remote@1.0.0 on each chunk, chunks in parallel, results sent in input order")
                .containsEntry("remote-exhausted", "node 'remote' threw or timed out: 1 retries from 10 ms, doubling, "
                        + "then node 'local' processes the chunk instead")
                .containsEntry("remote-rejected", "the circuit breaker of node 'remote' is open: no retry, "
                        + "then node 'local' processes the chunk instead");
    }

    @Test
    void anInvalidWorkflowIsRefusedAsARunWouldBe() {
        Workflow unknown = Workflow.of("bad", List.of(WorkflowNode.of("x", "test.missing", "1.0.0", Map.of())), List.of());
        assertThatThrownBy(() -> engine.exportCamelYaml(unknown, options)).isInstanceOf(InvalidWorkflowException.class);
    }
}
