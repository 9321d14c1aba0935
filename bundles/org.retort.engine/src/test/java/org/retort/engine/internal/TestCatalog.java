package org.retort.engine.internal;

import org.retort.api.node.NodeType;

/** A registry holding the given node services, as DS would bind them. */
final class TestCatalog {

    private TestCatalog() {
    }

    static NodeRegistry of(NodeType<?>... nodes) {
        var registry = new NodeRegistry();
        for (NodeType<?> node : nodes) {
            registry.addNodeType(node);
        }
        return registry;
    }
}
