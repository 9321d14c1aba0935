package org.retort.engine;

/**
 * Told when node types come or go (a node bundle was deployed, updated or removed), so the palette,
 * the REST API and waiting workflows can react. Called on the thread that changed the registry; keep
 * it short.
 */
@FunctionalInterface
public interface PaletteListener {

    /** What happened to the palette. */
    enum Change {
        ADDED, REMOVED
    }

    /** {@code node} was added to or removed from the catalog. */
    void paletteChanged(Change change, NodeDescriptor node);
}
