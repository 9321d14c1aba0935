package org.retort.engine.internal;

import java.util.List;
import java.util.Map;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/** Workflows over the test nodes. */
final class Pipelines {

    private Pipelines() {
    }

    /** numbers → scale → position → collect, and scale's failure port → failures. */
    static Workflow linear(int count, int badEvery) {
        return Workflow.of("linear", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", count, "badEvery", badEvery)),
                WorkflowNode.of("scale", "test.scale", "1.0.0", Map.of("factor", 2)).withConcurrency(2),
                WorkflowNode.of("position", "test.position", "1.0.0", Map.of()),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of()),
                WorkflowNode.of("failures", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "scale.in"), Edge.of("scale.out", "position.in"),
                        Edge.of("position.out", "collect.in"), Edge.of("scale.failure", "failures.in")));
    }
}
