package org.retort.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.retort.api.node.NodeType;
import org.retort.engine.internal.NodeDocs;
import org.retort.engine.internal.ParameterBinder;
import org.retort.engine.internal.ParameterSchema;
import org.retort.engine.workflow.ValidationProblem;

/**
 * Everything known about one version of one node type, reflected once from its class when it is
 * registered. The palette, the parameter form (via {@link #parametersSchema()}), the workflow
 * validation, the REST API ({@link #toMap()}) and the docs ({@link #markdown()}) all derive from it.
 *
 * @param id             the permanent id
 * @param version        the semantic version
 * @param title          the palette name
 * @param category       the palette group
 * @param tags           search keywords
 * @param docs           markdown documentation, possibly empty
 * @param kind           source, streaming, barrier or sink
 * @param inputs         the input ports
 * @param outputs        the output ports, the implicit {@code failure} port last
 * @param parameters     the parameters in record order
 * @param parametersType the parameters record class
 * @param nodeType       the service instance that does the work
 */
public record NodeDescriptor(String id, String version, String title, String category, List<String> tags,
        String docs, NodeKind kind, List<PortDescriptor> inputs, List<PortDescriptor> outputs,
        List<ParameterDescriptor> parameters, Class<? extends Record> parametersType, NodeType<?> nodeType) {

    public NodeDescriptor {
        tags = List.copyOf(tags);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        parameters = List.copyOf(parameters);
    }

    /** {@code id@version}, how messages and logs name a node type. */
    public String key() {
        return id + "@" + version;
    }

    /** The input port {@code name}. */
    public Optional<PortDescriptor> input(String name) {
        return inputs.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The output port {@code name} (including {@code failure}). */
    public Optional<PortDescriptor> output(String name) {
        return outputs.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The JSON Schema (draft 2020-12) of the parameters, as JSON-ready maps and lists. */
    public Map<String, Object> parametersSchema() {
        return ParameterSchema.of(this);
    }

    /** Every problem with {@code values}, each located at {@code parameters.<name>}; empty when valid. */
    public List<ValidationProblem> validateParameters(Map<String, Object> values) {
        return ParameterBinder.validate(this, values);
    }

    /**
     * The parameters record for {@code values}, defaults applied.
     *
     * @throws IllegalArgumentException listing every problem when the values are invalid
     */
    public Record bindParameters(Map<String, Object> values) {
        return ParameterBinder.bind(this, values);
    }

    /** The JSON representation for REST: metadata, ports, parameters schema and docs. */
    public Map<String, Object> toMap() {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", id);
        map.put("version", version);
        map.put("title", title);
        map.put("category", category);
        map.put("tags", tags);
        map.put("kind", kind.name());
        map.put("inputs", inputs.stream().map(PortDescriptor::toMap).toList());
        map.put("outputs", outputs.stream().map(PortDescriptor::toMap).toList());
        map.put("parameters", parametersSchema());
        map.put("docs", docs);
        return map;
    }

    /** A Markdown page documenting this node type. */
    public String markdown() {
        return NodeDocs.markdown(this);
    }
}
