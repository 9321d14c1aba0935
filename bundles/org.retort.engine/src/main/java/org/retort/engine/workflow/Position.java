package org.retort.engine.workflow;

/**
 * Where the editor draws a node. Layout is kept apart from the logic of a workflow: moving a node
 * changes the {@code layout} section only.
 */
public record Position(double x, double y) {
}
