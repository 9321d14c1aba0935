package org.retort.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.retort.api.node.BarrierNode;
import org.retort.api.node.Node;
import org.retort.api.node.NodeType;
import org.retort.api.node.Port;
import org.retort.api.node.SinkNode;
import org.retort.api.node.SourceNode;
import org.retort.api.node.StreamingNode;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.NodeKind;
import org.retort.engine.PortDescriptor;

/** Reflects a node service into its descriptor once, or says precisely why the class is wrong. */
public final class NodeReflector {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)+");
    private static final Pattern PORT = Pattern.compile("[a-z][a-zA-Z0-9_]*");
    private static final List<Class<?>> KINDS = List.of(SourceNode.class, StreamingNode.class, BarrierNode.class, SinkNode.class);

    private NodeReflector() {
    }

    /** The descriptor of {@code node}. */
    static NodeDescriptor reflect(NodeType<?> node) throws InvalidNodeTypeException {
        Class<?> type = node.getClass();
        Node meta = type.getAnnotation(Node.class);
        if (meta == null) {
            throw new InvalidNodeTypeException("it has no @Node annotation");
        }
        if (!ID.matcher(meta.id()).matches()) {
            throw new InvalidNodeTypeException("id '" + meta.id() + "' is not lower-case and dot-separated (e.g. acme.chem.logp)");
        }
        try {
            SemVer.parse(meta.version());
        } catch (IllegalArgumentException e) {
            throw new InvalidNodeTypeException(e.getMessage());
        }
        if (meta.title().isBlank() || meta.category().isBlank()) {
            throw new InvalidNodeTypeException("title and category must not be blank");
        }
        NodeKind kind = kind(node);
        List<PortDescriptor> inputs = ports(meta.inputs(), "input");
        List<PortDescriptor> outputs = ports(meta.outputs(), "output");
        checkArity(kind, inputs.size(), outputs.size());
        if (kind != NodeKind.SINK) {
            outputs.add(PortDescriptor.FAILURE_PORT);
        }
        Class<? extends Record> parametersType = parametersType(type);
        Set<String> inputNames = inputs.stream().map(PortDescriptor::name).collect(Collectors.toSet());
        return new NodeDescriptor(meta.id(), meta.version(), meta.title(), meta.category(), Arrays.asList(meta.tags()),
                docs(type, meta), kind, inputs, outputs, ParameterReflector.reflect(parametersType, inputNames),
                parametersType, node);
    }

    private static NodeKind kind(NodeType<?> node) {
        if (node instanceof SourceNode<?>) {
            return NodeKind.SOURCE;
        } else if (node instanceof StreamingNode<?>) {
            return NodeKind.STREAMING;
        } else if (node instanceof BarrierNode<?>) {
            return NodeKind.BARRIER;
        }
        return NodeKind.SINK;
    }

    private static List<PortDescriptor> ports(Port[] declared, String direction) throws InvalidNodeTypeException {
        var ports = new ArrayList<PortDescriptor>();
        var names = new HashSet<String>();
        for (Port port : declared) {
            if (!PORT.matcher(port.name()).matches() || PortDescriptor.FAILURE.equals(port.name())) {
                throw new InvalidNodeTypeException(direction + " port name '" + port.name()
                        + "' is invalid (lower camel case; 'failure' is reserved)");
            }
            if (!names.add(port.name())) {
                throw new InvalidNodeTypeException("two " + direction + " ports are called '" + port.name() + "'");
            }
            ports.add(new PortDescriptor(port.name(), port.type(), port.required(), port.description()));
        }
        return ports;
    }

    private static void checkArity(NodeKind kind, int inputs, int outputs) throws InvalidNodeTypeException {
        boolean ok = switch (kind) {
            case SOURCE -> inputs == 0 && outputs == 1;
            case STREAMING -> inputs == 1 && outputs == 1;
            case BARRIER -> inputs >= 1 && outputs >= 1;
            case SINK -> inputs == 1 && outputs == 0;
        };
        if (!ok) {
            throw new InvalidNodeTypeException("a " + kind.name().toLowerCase() + " node has "
                    + switch (kind) {
                        case SOURCE -> "no input and one output";
                        case STREAMING -> "one input and one output";
                        case BARRIER -> "at least one input and one output";
                        case SINK -> "one input and no output";
                    } + ", this one declares " + inputs + " input(s) and " + outputs + " output(s)");
        }
    }

    /** The parameters record named as the type argument of the node interface the class implements. */
    @SuppressWarnings("unchecked")
    private static Class<? extends Record> parametersType(Class<?> type) throws InvalidNodeTypeException {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type implemented : c.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType p && KINDS.contains(p.getRawType())) {
                    Type argument = p.getActualTypeArguments()[0];
                    if (argument instanceof Class<?> record && record.isRecord()) {
                        return (Class<? extends Record>) record;
                    }
                    throw new InvalidNodeTypeException("the parameters type " + argument.getTypeName()
                            + " is not a record (use NoParams when there are none)");
                }
            }
        }
        throw new InvalidNodeTypeException("cannot tell its parameters record: implement e.g. StreamingNode<MyParams> directly");
    }

    private static String docs(Class<?> type, Node meta) throws InvalidNodeTypeException {
        if (!meta.docs().isBlank()) {
            return meta.docs();
        }
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidNodeTypeException("cannot read " + type.getSimpleName() + ".md: " + e.getMessage());
        }
    }
}
