package org.retort.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.retort.api.node.PortType;

/**
 * A port of a node type.
 *
 * @param name        the permanent name within the node
 * @param type        what it carries
 * @param required    for inputs: whether it must be connected
 * @param description one sentence for tooltips and docs
 */
public record PortDescriptor(String name, PortType type, boolean required, String description) {

    /** The name of the output every source, streaming and barrier node has for the rows it could not process. */
    public static final String FAILURE = "failure";

    /** The implicit failure output. */
    public static final PortDescriptor FAILURE_PORT = new PortDescriptor(FAILURE, PortType.TABLE, false,
            "Rows this node could not process, with the columns 'error' and 'record' appended.");

    /** Whether this is the implicit failure output. */
    public boolean isFailure() {
        return FAILURE.equals(name);
    }

    /** The JSON representation for REST. */
    public Map<String, Object> toMap() {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", name);
        map.put("type", type.name());
        map.put("required", required);
        map.put("description", description);
        return map;
    }
}
