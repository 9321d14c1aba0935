package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.engine.WorkflowValidator;
import org.retort.engine.testnodes.CollectSink;
import org.retort.engine.testnodes.LocalEstimateNode;
import org.retort.engine.testnodes.MoleculeEchoNode;
import org.retort.engine.testnodes.NumbersSource;
import org.retort.engine.testnodes.PositionBarrier;
import org.retort.engine.testnodes.RemoteNode;
import org.retort.engine.testnodes.ScaleNode;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.ErrorPolicy;
import org.retort.engine.workflow.ErrorPolicy.CircuitBreaker;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/** Timeouts, circuit breakers and fallbacks that cannot work are named with their location. */
class ErrorPolicyValidationTest {

    private final WorkflowValidator validator = new WorkflowValidator(TestCatalog.of(new NumbersSource(), new RemoteNode(),
            new LocalEstimateNode(), new ScaleNode(), new PositionBarrier(), new MoleculeEchoNode(), new CollectSink()));

    private static final WorkflowNode LOCAL = WorkflowNode.of("local", "test.local", "1.0.0", Map.of());

    /** numbers → remote (with {@code policy}) → collect, plus {@code others} and {@code extra} edges. */
    private List<String> problems(ErrorPolicy policy, List<WorkflowNode> others, Edge... extra) {
        var nodes = new ArrayList<>(List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of()),
                WorkflowNode.of("remote", "test.remote", "1.0.0", Map.of()).withOnError(policy),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())));
        nodes.addAll(others);
        var edges = new ArrayList<>(List.of(Edge.of("numbers.out", "remote.in"), Edge.of("remote.out", "collect.in")));
        edges.addAll(List.of(extra));
        return validator.validate(Workflow.of("w", nodes, edges)).stream().map(ValidationProblem::toString).toList();
    }

    @Test
    void anUnconnectedStreamingNodeOfTheSameShapeIsAValidFallback() {
        var policy = new ErrorPolicy(2, 10, ErrorPolicy.Then.FAIL).withTimeout(500)
                .withCircuitBreaker(new CircuitBreaker(50, 10, 30_000)).withFallback("local");
        assertThat(problems(policy, List.of(LOCAL))).isEmpty();
    }

    @Test
    void theFallbackMustBeAnotherExistingNode() {
        assertThat(problems(ErrorPolicy.DEFAULT.withFallback("ghost"), List.of())).containsExactly(
                "nodes[remote].onError.fallback: there is no node 'ghost'");
        assertThat(problems(ErrorPolicy.DEFAULT.withFallback("remote"), List.of())).containsExactly(
                "nodes[remote].onError.fallback: a node cannot be its own fallback");
        assertThat(problems(new ErrorPolicy(0, 0, ErrorPolicy.Then.FALLBACK), List.of())).containsExactly(
                "nodes[remote].onError.fallback: 'then: fallback' needs the id of the node that processes the chunk instead");
        assertThat(problems(new ErrorPolicy(0, 0, ErrorPolicy.Then.FAIL, 0, null, "local"), List.of(LOCAL))).containsExactly(
                "nodes[remote].onError.fallback: a fallback is used only with 'then: fallback'");
    }

    @Test
    void theFallbackMustBeAStreamingNodeWithTheSamePortTypesAndColumns() {
        assertThat(problems(ErrorPolicy.DEFAULT.withFallback("position"),
                List.of(WorkflowNode.of("position", "test.position", "1.0.0", Map.of())))).containsExactly(
                "nodes[remote].onError.fallback: node 'position' is a barrier node; a fallback is a streaming node");
        assertThat(problems(ErrorPolicy.DEFAULT.withFallback("mols"),
                List.of(WorkflowNode.of("mols", "test.molecule-echo", "1.0.0", Map.of())))).containsExactly(
                "nodes[remote].onError.fallback: node 'mols' (MOLECULES → MOLECULES) cannot stand in for 'remote' (TABLE → TABLE)");
        assertThat(problems(ErrorPolicy.DEFAULT.withFallback("scale"),
                List.of(WorkflowNode.of("scale", "test.scale", "1.0.0", Map.of())))).containsExactly(
                "nodes[scale]: as the fallback of 'remote' it gives columns [n, label, scaled] where 'remote' gives [n, label, by]");
    }

    @Test
    void theFallbackIsReachedByNoEdgeServesOneNodeAndHasNoPolicyOfItsOwn() {
        assertThat(problems(ErrorPolicy.DEFAULT.withFallback("local"), List.of(LOCAL), Edge.of("numbers.out", "local.in")))
                .containsExactly("edges[2]: node 'local' is the fallback of 'remote': it gets its chunks from there, not from edges");
        assertThat(problems(ErrorPolicy.DEFAULT.withFallback("local"), List.of(LOCAL.withOnError(new ErrorPolicy(1, 0, ErrorPolicy.Then.FAIL)))))
                .containsExactly("nodes[local].onError: node 'local' is the fallback of 'remote': its own error policy would never be used (its errors fail the run)");
        assertThat(problems(ErrorPolicy.DEFAULT.withFallback("local"), List.of(LOCAL,
                WorkflowNode.of("other", "test.remote", "1.0.0", Map.of()).withOnError(ErrorPolicy.DEFAULT.withFallback("local"))),
                Edge.of("numbers.out", "other.in")))
                .containsExactly("nodes[other].onError.fallback: node 'local' is already the fallback of 'remote'");
    }

    @Test
    void onlyStreamingNodesAreGuardedAndBreakerSettingsMustMakeSense() {
        Workflow workflow = Workflow.of("w", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of()).withOnError(ErrorPolicy.DEFAULT.withTimeout(100)),
                WorkflowNode.of("remote", "test.remote", "1.0.0", Map.of()).withOnError(
                        ErrorPolicy.DEFAULT.withTimeout(-1).withCircuitBreaker(new CircuitBreaker(0, 0, 1500))),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "remote.in"), Edge.of("remote.out", "collect.in")));
        assertThat(validator.validate(workflow)).extracting(ValidationProblem::toString).containsExactly(
                "nodes[numbers].onError: only a streaming node can have a timeout, a circuit breaker or a fallback: they guard its calls on chunks",
                "nodes[remote].onError.timeoutMillis: timeoutMillis is 0 (no limit) to 2147483647",
                "nodes[remote].onError.circuitBreaker.failureRatePercent: a failure rate is 1 to 100 percent",
                "nodes[remote].onError.circuitBreaker.minimumCalls: the failure rate is taken over at least one call",
                "nodes[remote].onError.circuitBreaker.openMillis: the circuit stays open for whole seconds (1000, 2000, …): Camel's circuit breaker counts seconds");
    }
}
