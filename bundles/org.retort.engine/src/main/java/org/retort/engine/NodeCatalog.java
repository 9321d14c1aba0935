package org.retort.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The node types installed right now. Registered as an OSGi service by the engine. */
public interface NodeCatalog {

    /** Every installed node type, by id then version. */
    List<NodeDescriptor> nodeTypes();

    /** The node type {@code id} in exactly {@code version}. */
    Optional<NodeDescriptor> find(String id, String version);

    /** The installed versions of {@code id}, oldest first; empty when the id is unknown. */
    List<String> versions(String id);

    /** Node classes that declared themselves wrongly, with the reason, by class name. */
    Map<String, String> rejected();

    /** Registers {@code listener} for palette changes. */
    void addListener(PaletteListener listener);

    /** Unregisters {@code listener}. */
    void removeListener(PaletteListener listener);
}
