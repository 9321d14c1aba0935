package org.retort.node.ml;

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

    private final NodeRegistry registry = new NodeRegistry();

    {
        List.<NodeType<?>>of(new Train(), new Evaluate(), new Predict(), new Register(null, null, null), new Search())
                .forEach(registry::addNodeType);
    }

    private NodeDescriptor node(String id) {
        return registry.find(id, id.equals("retort.ml.predict") ? "1.1.0" : "1.0.0").orElseThrow();
    }

    @Test
    void everyNodeTypeIsAcceptedWithItsDocs() {
        assertThat(registry.rejected()).isEmpty();
        for (NodeDescriptor node : registry.nodeTypes()) {
            assertThat(node.kind()).isEqualTo(node.id().equals("retort.ml.register") ? NodeKind.SINK : NodeKind.BARRIER);
            assertThat(node.category()).isEqualTo("Machine learning");
            assertThat(node.docs()).as(node.key()).startsWith("# ").contains("## Known limits");
        }
        assertThat(node("retort.ml.train").outputs()).extracting(PortDescriptor::name, PortDescriptor::type).startsWith(
                org.assertj.core.groups.Tuple.tuple("model", PortType.MODEL));
        assertThat(node("retort.ml.predict").inputs()).extracting(PortDescriptor::type).containsExactly(PortType.TABLE, PortType.MODEL);
        assertThat(node("retort.ml.register").inputs()).extracting(PortDescriptor::type).containsExactly(PortType.MODEL);
        assertThat(node("retort.ml.predict").inputs()).extracting(PortDescriptor::required).containsExactly(true, false);
        assertThat(node("retort.ml.search").outputs()).extracting(PortDescriptor::name).startsWith("trials", "model");
        assertThat(registry.nodeTypes()).hasSize(5);
    }

    @Test
    void aWorkflowNeedsToGiveOnlyTheTargetAndTheFeatures() {
        var params = (Train.Params) node("retort.ml.train").bindParameters(Map.of("target", "p_ic50", "featurePrefix", "ecfp4_1024_"));
        assertThat(params).isEqualTo(new Train.Params(Task.REGRESSION, "p_ic50", "", "ecfp4_1024_", Algorithm.XGBOOST,
                MissingValues.FAIL_ROW, "", "", 100, 0, 42));
        assertThat(node("retort.ml.evaluate").validateParameters(Map.of("target", "y", "folds", 1))).isNotEmpty();
        assertThat(node("retort.ml.train").validateParameters(Map.of("target", "y", "threshold", "seven"))).isNotEmpty();
        assertThat(node("retort.ml.register").bindParameters(Map.of("workspace", "lab", "model", "solubility")))
                .isEqualTo(new Register.Params("lab", "solubility", false));
        assertThat(node("retort.ml.register").validateParameters(Map.of("workspace", "lab"))).isNotEmpty();
        assertThat(node("retort.ml.predict").bindParameters(Map.of())).isEqualTo(new Predict.Params("prediction", "", "", "", 0.3));
        assertThat(node("retort.ml.predict").validateParameters(Map.of("model", "m", "workspace", "lab", "version", "latest"))).isNotEmpty();
        assertThat(node("retort.ml.search").validateParameters(Map.of("target", "y"))).isNotEmpty();
    }
}
