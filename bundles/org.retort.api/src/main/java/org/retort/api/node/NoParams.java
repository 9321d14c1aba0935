package org.retort.api.node;

/** The parameters of a node type that has none. */
public record NoParams() {
}
