/**
 * The Node SPI. A node type is one class: annotate it with {@link org.retort.api.node.Node}, implement
 * one of {@link org.retort.api.node.SourceNode}, {@link org.retort.api.node.StreamingNode},
 * {@link org.retort.api.node.BarrierNode} or {@link org.retort.api.node.SinkNode} with a parameters
 * record whose components carry {@link org.retort.api.node.Param}, and register it as an OSGi service
 * of type {@link org.retort.api.node.NodeType} ({@code @Component(service = NodeType.class)}).
 * See {@code docs/plugin-guide.md}.
 */
@Version("0.2.0")
package org.retort.api.node;

import org.osgi.annotation.versioning.Version;
