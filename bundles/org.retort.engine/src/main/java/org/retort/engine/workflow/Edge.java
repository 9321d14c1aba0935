package org.retort.engine.workflow;

import java.util.Objects;

/**
 * A connection from an output port to an input port. An input takes one edge; an output may feed many.
 *
 * @param from the output
 * @param to   the input
 */
public record Edge(PortRef from, PortRef to) {

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Shorthand: {@code Edge.of("read.out", "calc.in")}. */
    public static Edge of(String from, String to) {
        return new Edge(PortRef.parse(from), PortRef.parse(to));
    }

    @Override
    public String toString() {
        return from + " → " + to;
    }
}
