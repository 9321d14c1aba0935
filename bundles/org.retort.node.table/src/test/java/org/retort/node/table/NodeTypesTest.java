package org.retort.node.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.node.NodeType;
import org.retort.api.node.PortType;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.NodeKind;
import org.retort.engine.PortDescriptor;
import org.retort.engine.internal.NodeRegistry;

/** The engine's own reflector accepts every node class of the bundle, with docs and the declared ports. */
class NodeTypesTest {

    private static final List<NodeType<?>> NODES = List.of(new Sort(), new Filter(), new TopN(), new SelectColumns(), new Score());

    private final NodeRegistry registry = new NodeRegistry();

    {
        NODES.forEach(registry::addNodeType);
    }

    private NodeDescriptor node(String id) {
        return registry.find(id, "1.0.0").orElseThrow();
    }

    @Test
    void everyNodeTypeIsAcceptedWithItsDocsAndMoleculePorts() {
        assertThat(registry.rejected()).isEmpty();
        assertThat(registry.nodeTypes()).extracting(NodeDescriptor::key).containsExactlyInAnyOrder(
                "retort.table.sort@1.0.0", "retort.table.filter@1.0.0", "retort.table.top@1.0.0",
                "retort.table.select@1.0.0", "retort.table.score@1.0.0");
        for (NodeDescriptor node : registry.nodeTypes()) {
            assertThat(node.category()).isEqualTo("Table");
            assertThat(node.docs()).as(node.key()).startsWith("# ").contains("## Known limits");
            assertThat(node.inputs()).extracting(PortDescriptor::type).containsExactly(PortType.MOLECULES);
            assertThat(node.outputs()).extracting(PortDescriptor::name, PortDescriptor::type).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("out", PortType.MOLECULES),
                    org.assertj.core.groups.Tuple.tuple("failure", PortType.TABLE));
        }
        assertThat(node("retort.table.filter").kind()).isEqualTo(NodeKind.STREAMING);
        assertThat(node("retort.table.select").kind()).isEqualTo(NodeKind.STREAMING);
        assertThat(node("retort.table.sort").kind()).isEqualTo(NodeKind.BARRIER);
        assertThat(node("retort.table.top").kind()).isEqualTo(NodeKind.BARRIER);
        assertThat(node("retort.table.score").kind()).isEqualTo(NodeKind.BARRIER);
    }

    @Test
    void aWorkflowNeedsToGiveOnlyTheFirstColumnTheRestHasDefaults() {
        var score = (Score.Params) node("retort.table.score").bindParameters(Map.of("column1", "p_activity"));
        assertThat(score).isEqualTo(new Score.Params("p_activity", 1, Score.Direction.HIGHER_IS_BETTER, "", 1, Score.Direction.HIGHER_IS_BETTER,
                "", 1, Score.Direction.HIGHER_IS_BETTER, "", 1, Score.Direction.HIGHER_IS_BETTER, "score", "rank"));
        var filter = (Filter.Params) node("retort.table.filter").bindParameters(Map.of("column1", "p_activity", "operator1", "GREATER_OR_EQUAL", "value1", "6"));
        assertThat(filter.conditions()).containsExactly(new Condition(1, "p_activity", Operator.GREATER_OR_EQUAL, "6"));
        assertThat(((TopN.Params) node("retort.table.top").bindParameters(Map.of())).n()).isEqualTo(10);
    }

    @Test
    void theEngineRefusesParametersOutsideTheirDeclaredRange() {
        assertThat(node("retort.table.top").validateParameters(Map.of("n", 0))).isNotEmpty();
        assertThat(node("retort.table.score").validateParameters(Map.of("column1", "le", "weight1", -0.5))).isNotEmpty();
        assertThat(node("retort.table.filter").validateParameters(Map.of("column1", "le", "operator1", ">"))).isNotEmpty();
        assertThat(node("retort.table.sort").validateParameters(Map.of())).isNotEmpty();
        assertThat(node("retort.table.sort").validateParameters(Map.of("column1", "le", "order1", "DESCENDING"))).isEmpty();
    }
}
