package org.retort.engine.testnodes;

import java.util.Map;
import org.retort.api.data.Table;
import org.retort.api.node.BarrierNode;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** Node classes that declare themselves wrongly, one mistake each. */
public final class BadNodes {

    private BadNodes() {
    }

    abstract static class Pass<P extends Record> implements StreamingNode<P> {
        @Override
        public Table process(Table chunk, P params, NodeContext context) {
            return chunk;
        }
    }

    public static final class NoAnnotation extends Pass<NoParams> implements StreamingNode<NoParams> {
    }

    @Node(id = "Bad Id", version = "1.0.0", title = "x", category = "Test",
            inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
    public static final class BadId extends Pass<NoParams> implements StreamingNode<NoParams> {
    }

    @Node(id = "test.bad-version", version = "1.0", title = "x", category = "Test",
            inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
    public static final class BadVersion extends Pass<NoParams> implements StreamingNode<NoParams> {
    }

    @Node(id = "test.two-inputs", version = "1.0.0", title = "x", category = "Test",
            inputs = {@Port(name = "a", type = PortType.TABLE), @Port(name = "b", type = PortType.TABLE)},
            outputs = @Port(name = "out", type = PortType.TABLE))
    public static final class StreamingWithTwoInputs extends Pass<NoParams> implements StreamingNode<NoParams> {
    }

    @Node(id = "test.reserved", version = "1.0.0", title = "x", category = "Test",
            inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "failure", type = PortType.TABLE))
    public static final class ReservedPort extends Pass<NoParams> implements StreamingNode<NoParams> {
    }

    public record Unannotated(int size) {
    }

    @Node(id = "test.unannotated", version = "1.0.0", title = "x", category = "Test",
            inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
    public static final class UnannotatedParameter extends Pass<Unannotated> implements StreamingNode<Unannotated> {
    }

    public record BadDefault(@Param(title = "Size", defaultValue = "big") int size) {
    }

    @Node(id = "test.bad-default", version = "1.0.0", title = "x", category = "Test",
            inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
    public static final class BadDefaultValue extends Pass<BadDefault> implements StreamingNode<BadDefault> {
    }

    public record WrongColumn(@Param(title = "Column", columnOf = "input") String column) {
    }

    @Node(id = "test.wrong-column", version = "1.0.0", title = "x", category = "Test",
            inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
    public static final class ColumnOfUnknownPort extends Pass<WrongColumn> implements StreamingNode<WrongColumn> {
    }

    public record Listy(@Param(title = "Values") java.util.List<String> values) {
    }

    @Node(id = "test.listy", version = "1.0.0", title = "x", category = "Test",
            inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
    public static final class UnsupportedType extends Pass<Listy> implements StreamingNode<Listy> {
    }

    @Node(id = "test.no-output", version = "1.0.0", title = "x", category = "Test",
            inputs = @Port(name = "in", type = PortType.TABLE))
    public static final class BarrierWithoutOutput implements BarrierNode<NoParams> {
        @Override
        public Map<String, Table> process(Map<String, Table> inputs, NoParams params, NodeContext context) {
            return Map.of();
        }
    }
}
