package org.retort.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Run to here": the part of a workflow one node needs. */
class WorkflowUpToTest {

    //   read ─→ standardize ─→ descriptors ─→ write
    //                 └──────→ pains ──────→ flags
    //   remote (fallback: estimate) is fed by standardize; estimate is fed by descriptors
    private final Workflow workflow = new Workflow("triage", "Triage", "", List.of(
            WorkflowNode.of("read", "retort.io.import-smiles", "1.0.0", Map.of("path", "a.smi")),
            WorkflowNode.of("standardize", "retort.chem.standardize", "1.0.0", Map.of()),
            WorkflowNode.of("descriptors", "retort.chem.descriptors", "1.0.0", Map.of()),
            WorkflowNode.of("write", "retort.io.export-csv", "1.0.0", Map.of("path", "out.csv")),
            WorkflowNode.of("pains", "retort.chem.pains", "1.0.0", Map.of()),
            WorkflowNode.of("flags", "retort.io.export-csv", "1.0.0", Map.of("path", "flags.csv")),
            new WorkflowNode("remote", "test.remote", "1.0.0", Map.of(), new ErrorPolicy(1, 5, ErrorPolicy.Then.FALLBACK, 0, null, "estimate"), 0),
            WorkflowNode.of("estimate", "test.estimate", "1.0.0", Map.of())),
            List.of(Edge.of("read.out", "standardize.in"), Edge.of("standardize.out", "descriptors.in"),
                    Edge.of("descriptors.out", "write.in"), Edge.of("standardize.out", "pains.in"), Edge.of("pains.out", "flags.in"),
                    Edge.of("standardize.out", "remote.in"), Edge.of("descriptors.out", "estimate.in")),
            List.of(new Trigger.Schedule("0 0 6 * * ?")),
            Map.of("read", new Position(0, 0), "write", new Position(600, 0), "descriptors", new Position(400, 0)),
            List.of(new Annotation("n1", "why", 0, -50, 0, 0)));

    @Test
    void keepsTheNodeAndWhatItDependsOnOnly() {
        Workflow part = workflow.upTo("descriptors");
        assertThat(part.nodes()).extracting(WorkflowNode::id).containsExactly("read", "standardize", "descriptors");
        assertThat(part.edges()).containsExactly(Edge.of("read.out", "standardize.in"), Edge.of("standardize.out", "descriptors.in"));
        assertThat(part.layout()).containsOnlyKeys("read", "descriptors");
        assertThat(part.triggers()).isEmpty();
        assertThat(part.annotations()).isEqualTo(workflow.annotations());
        assertThat(part.id()).isEqualTo("triage");
    }

    @Test
    void aNodeWithAFallbackBringsTheFallbackAndWhatFeedsIt() {
        assertThat(workflow.upTo("remote").nodes()).extracting(WorkflowNode::id)
                .containsExactly("read", "standardize", "descriptors", "remote", "estimate");
    }

    @Test
    void theLastNodeOfABranchKeepsItsWholeBranch() {
        assertThat(workflow.upTo("flags").nodes()).extracting(WorkflowNode::id).containsExactly("read", "standardize", "pains", "flags");
        assertThat(workflow.upTo("read").nodes()).extracting(WorkflowNode::id).containsExactly("read");
    }

    @Test
    void anUnknownNodeIsRefusedByName() {
        assertThatThrownBy(() -> workflow.upTo("nope")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
    }
}
