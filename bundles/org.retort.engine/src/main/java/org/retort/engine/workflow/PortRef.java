package org.retort.engine.workflow;

import java.util.Objects;

/**
 * A port of a node in a workflow, written {@code node.port} in JSON.
 *
 * @param node the node id
 * @param port the port name
 */
public record PortRef(String node, String port) {

    public PortRef {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(port, "port");
    }

    /** Parses {@code node.port}; the node id is everything before the last dot. */
    public static PortRef parse(String text) {
        int dot = text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not node.port");
        }
        return new PortRef(text.substring(0, dot), text.substring(dot + 1));
    }

    @Override
    public String toString() {
        return node + "." + port;
    }
}
