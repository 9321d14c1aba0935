package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retort.api.node.NodeType;
import org.retort.api.node.PortType;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.NodeKind;
import org.retort.engine.ParameterDescriptor;
import org.retort.engine.PaletteListener.Change;
import org.retort.engine.PortDescriptor;
import org.retort.engine.testnodes.BadNodes;
import org.retort.engine.testnodes.CollectSink;
import org.retort.engine.testnodes.ScaleNode;
import org.retort.engine.testnodes.ScaleNodeV2;

class NodeRegistryTest {

    private final NodeRegistry registry = new NodeRegistry();

    @Test
    void reflectsANodeClassIntoOneDescriptor() {
        registry.addNodeType(new ScaleNode());
        NodeDescriptor scale = registry.find("test.scale", "1.0.0").orElseThrow();

        assertThat(scale.kind()).isEqualTo(NodeKind.STREAMING);
        assertThat(scale.title()).isEqualTo("Scale");
        assertThat(scale.tags()).containsExactly("math", "test");
        assertThat(scale.inputs()).extracting(PortDescriptor::name, PortDescriptor::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("in", PortType.TABLE));
        assertThat(scale.outputs()).extracting(PortDescriptor::name).containsExactly("out", "failure");
        assertThat(scale.parameters()).extracting(ParameterDescriptor::name)
                .containsExactly("column", "factor", "rounding", "label", "token");
        ParameterDescriptor factor = scale.parameters().get(1);
        assertThat(factor.defaultValue()).isEqualTo(2.0);
        assertThat(factor.max()).isEqualTo(100.0);
        assertThat(scale.parameters().get(2).enumValues()).containsExactly("NONE", "FLOOR", "CEIL");
    }

    @Test
    void aSinkHasNoFailurePortAndDocsComeFromAResourceBesideTheClass() {
        registry.addNodeType(new CollectSink());
        registry.addNodeType(new ScaleNodeV2());
        assertThat(registry.find("test.collect", "1.0.0").orElseThrow().outputs()).isEmpty();
        assertThat(registry.find("test.scale", "2.0.0").orElseThrow().docs()).contains("read from `ScaleNodeV2.md`");
    }

    @Test
    void twoVersionsOfOneIdLiveSideBySide() {
        registry.addNodeType(new ScaleNodeV2());
        registry.addNodeType(new ScaleNode());
        assertThat(registry.versions("test.scale")).containsExactly("1.0.0", "2.0.0");
        assertThat(registry.find("test.scale", "2.0.0").orElseThrow().parameters()).isEmpty();
        assertThat(registry.nodeTypes()).extracting(NodeDescriptor::key).containsExactly("test.scale@1.0.0", "test.scale@2.0.0");
    }

    @Test
    void listenersHearNodeTypesComeAndGoAndAFailingListenerBreaksNothing() {
        var heard = new ArrayList<String>();
        registry.addListener((change, node) -> {
            throw new IllegalStateException("listener bug");
        });
        registry.addListener((change, node) -> heard.add(change + " " + node.key()));
        ScaleNode scale = new ScaleNode();
        registry.addNodeType(scale);
        registry.removeNodeType(scale);
        assertThat(heard).containsExactly(Change.ADDED + " test.scale@1.0.0", Change.REMOVED + " test.scale@1.0.0");
        assertThat(registry.find("test.scale", "1.0.0")).isEmpty();
        assertThat(registry.versions("test.scale")).isEmpty();
    }

    @Test
    void aSecondClassClaimingTheSameIdAndVersionIsRejected() {
        registry.addNodeType(new ScaleNode());
        ScaleNode duplicate = new ScaleNode();
        registry.addNodeType(duplicate);
        assertThat(registry.nodeTypes()).hasSize(1);
        assertThat(registry.rejected()).containsKey(ScaleNode.class.getName());
        registry.removeNodeType(duplicate);
        assertThat(registry.find("test.scale", "1.0.0")).isPresent();
    }

    static Stream<Arguments> wronglyDeclared() {
        return Stream.of(
                Arguments.of(new BadNodes.NoAnnotation(), "no @Node annotation"),
                Arguments.of(new BadNodes.BadId(), "id 'Bad Id'"),
                Arguments.of(new BadNodes.BadVersion(), "version '1.0' is not MAJOR.MINOR.PATCH"),
                Arguments.of(new BadNodes.StreamingWithTwoInputs(), "a streaming node has one input and one output, this one declares 2 input(s)"),
                Arguments.of(new BadNodes.ReservedPort(), "'failure' is reserved"),
                Arguments.of(new BadNodes.UnannotatedParameter(), "parameter 'size' has no @Param annotation"),
                Arguments.of(new BadNodes.BadDefaultValue(), "parameter 'size' has an invalid default 'big': expected an integer"),
                Arguments.of(new BadNodes.ColumnOfUnknownPort(), "names a column of 'input', which must be an input port [in]"),
                Arguments.of(new BadNodes.UnsupportedType(), "parameter 'values' has unsupported type List"),
                Arguments.of(new BadNodes.BarrierWithoutOutput(), "a barrier node has at least one input and one output"));
    }

    @ParameterizedTest
    @MethodSource("wronglyDeclared")
    void aWronglyDeclaredClassIsRejectedWithAReasonAndTheRegistryKeepsWorking(NodeType<?> bad, String reason) {
        registry.addNodeType(bad);
        registry.addNodeType(new ScaleNode());
        assertThat(registry.rejected()).containsOnlyKeys(bad.getClass().getName());
        assertThat(registry.rejected().get(bad.getClass().getName())).contains(reason);
        assertThat(registry.nodeTypes()).extracting(NodeDescriptor::key).containsExactly("test.scale@1.0.0");
        registry.removeNodeType(bad);
        assertThat(registry.nodeTypes()).hasSize(1);
    }

    @Test
    void theRestRepresentationCarriesPortsAndTheParameterSchema() {
        registry.addNodeType(new ScaleNode());
        var json = registry.find("test.scale", "1.0.0").orElseThrow().toMap();
        assertThat(json).containsEntry("id", "test.scale").containsEntry("kind", "STREAMING").containsKeys("parameters", "docs");
        assertThat((List<?>) json.get("outputs")).hasSize(2);
    }
}
