package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.engine.WorkflowValidator;
import org.retort.engine.testnodes.CollectSink;
import org.retort.engine.testnodes.NumbersSource;
import org.retort.engine.testnodes.PositionBarrier;
import org.retort.engine.testnodes.ScaleNode;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.ErrorPolicy;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

class WorkflowValidatorTest {

    private final WorkflowValidator validator = new WorkflowValidator(
            TestCatalog.of(new NumbersSource(), new ScaleNode(), new PositionBarrier(), new CollectSink()));

    private List<String> problems(Workflow workflow) {
        return validator.validate(workflow).stream().map(ValidationProblem::toString).toList();
    }

    @Test
    void aCorrectWorkflowHasNoProblems() {
        assertThat(problems(Pipelines.linear(10, 0))).isEmpty();
    }

    @Test
    void unknownTypesAndAbsentVersionsAreNamed() {
        Workflow workflow = Workflow.of("w", List.of(
                WorkflowNode.of("a", "test.nothing", "1.0.0", Map.of()),
                WorkflowNode.of("b", "test.scale", "3.0.0", Map.of())), List.of());
        assertThat(problems(workflow)).containsExactly(
                "nodes[a].type: unknown node type 'test.nothing': waiting for node type test.nothing v1.0.0",
                "nodes[b].type: waiting for node type test.scale v3.0.0 (installed: 1.0.0)");
    }

    @Test
    void portTypeMismatchesUnknownPortsAndDoubleConnectionsAreNamed() {
        Workflow base = Pipelines.linear(10, 0);
        Workflow workflow = Workflow.of("w", base.nodes(), List.of(
                Edge.of("numbers.out", "scale.in"), Edge.of("scale.out", "position.in"),
                Edge.of("position.out", "collect.in"), Edge.of("scale.failure", "failures.in"),
                Edge.of("numbers.out", "collect.in"), Edge.of("numbers.nope", "ghost.in"), Edge.of("collect.out", "position.in")));
        assertThat(problems(workflow)).containsExactly(
                "edges[4].to: input collect.in is already connected by edges[2]",
                "edges[5].to: there is no node 'ghost'",
                "edges[5].from: test.numbers@1.0.0 has no output 'nope' (outputs: [out, failure])",
                "edges[6].from: test.collect@1.0.0 has no output 'out' (outputs: [])",
                "edges[6].to: input position.in is already connected by edges[1]",
                "nodes[position]: nodes position, collect form a cycle; data must flow one way");
    }

    @Test
    void aTableCannotFeedAMoleculeInput() {
        var molecules = new org.retort.engine.testnodes.MoleculeSink();
        var typed = new WorkflowValidator(TestCatalog.of(new NumbersSource(), molecules));
        Workflow workflow = Workflow.of("w", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of()),
                WorkflowNode.of("mols", "test.molecules", "1.0.0", Map.of())), List.of(Edge.of("numbers.out", "mols.in")));
        assertThat(typed.validate(workflow)).extracting(ValidationProblem::toString)
                .containsExactly("edges[0]: numbers.out (TABLE) cannot feed mols.in (MOLECULES)");
    }

    @Test
    void cyclesAreNamedWithTheirNodes() {
        Workflow workflow = Workflow.of("w", List.of(
                WorkflowNode.of("a", "test.scale", "1.0.0", Map.of()),
                WorkflowNode.of("b", "test.scale", "1.0.0", Map.of()),
                WorkflowNode.of("c", "test.position", "1.0.0", Map.of())),
                List.of(Edge.of("a.out", "b.in"), Edge.of("b.out", "a.in"), Edge.of("c.out", "c.in")));
        assertThat(problems(workflow)).containsExactlyInAnyOrder(
                "nodes[a]: nodes a, b form a cycle; data must flow one way",
                "nodes[c]: nodes c form a cycle; data must flow one way");
    }

    @Test
    void missingAndInvalidParametersAndUnconnectedInputsAreNamed() {
        Workflow workflow = Workflow.of("w", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", -1)),
                WorkflowNode.of("scale", "test.scale", "1.0.0", Map.of("factor", "two"))), List.of());
        assertThat(problems(workflow)).containsExactly(
                "nodes[numbers].parameters.count: parameter 'count': must be between 0 and ∞, got -1",
                "nodes[scale].parameters.factor: parameter 'factor': expected a number, got \"two\"",
                "nodes[scale].inputs.in: required input 'in' (TABLE) is not connected");
    }

    @Test
    void policiesThatCannotApplyAndStrayLayoutAreNamed() {
        Workflow base = Pipelines.linear(10, 0);
        Workflow workflow = new Workflow("w", "", "", List.of(
                base.node("numbers").orElseThrow().withOnError(new ErrorPolicy(2, 10, ErrorPolicy.Then.FAIL)),
                base.node("scale").orElseThrow(),
                base.node("position").orElseThrow().withConcurrency(4),
                base.node("collect").orElseThrow().withOnError(new ErrorPolicy(0, 0, ErrorPolicy.Then.ROUTE)),
                base.node("failures").orElseThrow()), base.edges(), List.of(),
                Map.of("ghost", new org.retort.engine.workflow.Position(0, 0)));
        assertThat(problems(workflow)).containsExactly(
                "nodes[numbers].onError.retries: a source cannot be retried: it may have emitted rows already",
                "nodes[position].concurrency: only a streaming node can work on several chunks at once",
                "nodes[collect].onError.then: only streaming and barrier nodes have input rows to route to the failure port",
                "layout.ghost: there is no node 'ghost'");
    }

    @Test
    void columnsAreCheckedBeforeAnythingRuns() {
        Workflow missing = Pipelines.linear(10, 0).withNode(
                WorkflowNode.of("scale", "test.scale", "1.0.0", Map.of("column", "mass")));
        assertThat(problems(missing)).containsExactly(
                "nodes[scale].parameters.column: input 'in' has no column 'mass' (columns: [n, label])");
        Workflow notANumber = Pipelines.linear(10, 0).withNode(
                WorkflowNode.of("scale", "test.scale", "1.0.0", Map.of("column", "label")));
        assertThat(problems(notANumber)).containsExactly("nodes[scale]: column 'label' is not a number");
    }
}
