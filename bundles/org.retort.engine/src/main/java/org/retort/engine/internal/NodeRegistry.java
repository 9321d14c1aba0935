package org.retort.engine.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.retort.api.node.NodeType;
import org.retort.engine.NodeCatalog;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.PaletteListener;
import org.retort.engine.PaletteListener.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whiteboard of node types: every {@link NodeType} service of any bundle is reflected once when it
 * arrives and dropped when it leaves. A class that declares itself wrongly is refused with one log
 * line and never affects the others; two versions of one id live side by side.
 */
@Component(service = NodeCatalog.class, immediate = true)
public final class NodeRegistry implements NodeCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(NodeRegistry.class);

    private final Map<String, NavigableMap<SemVer, NodeDescriptor>> byId = new TreeMap<>();
    private final Map<NodeType<?>, NodeDescriptor> byService = new IdentityHashMap<>();
    private final Map<String, String> rejected = new ConcurrentHashMap<>();
    private final List<PaletteListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addNodeType(NodeType<?> node) {
        String className = node.getClass().getName();
        NodeDescriptor descriptor;
        try {
            descriptor = NodeReflector.reflect(node);
        } catch (InvalidNodeTypeException | RuntimeException e) {
            reject(className, e.getMessage());
            return;
        }
        synchronized (this) {
            var versions = byId.computeIfAbsent(descriptor.id(), id -> new TreeMap<>());
            SemVer version = SemVer.parse(descriptor.version());
            NodeDescriptor existing = versions.get(version);
            if (existing != null) {
                reject(className, descriptor.key() + " is already provided by " + existing.nodeType().getClass().getName());
                return;
            }
            versions.put(version, descriptor);
            byService.put(node, descriptor);
        }
        rejected.remove(className);
        LOG.info("Node type {} ({}) added", descriptor.key(), descriptor.title());
        fire(Change.ADDED, descriptor);
    }

    public void removeNodeType(NodeType<?> node) {
        NodeDescriptor descriptor;
        synchronized (this) {
            descriptor = byService.remove(node);
            if (descriptor == null) {
                return;
            }
            var versions = byId.get(descriptor.id());
            versions.remove(SemVer.parse(descriptor.version()));
            if (versions.isEmpty()) {
                byId.remove(descriptor.id());
            }
        }
        LOG.info("Node type {} removed", descriptor.key());
        fire(Change.REMOVED, descriptor);
    }

    private void reject(String className, String reason) {
        rejected.put(className, reason);
        LOG.error("Rejected node type {}: {}", className, reason);
    }

    private void fire(Change change, NodeDescriptor descriptor) {
        for (PaletteListener listener : listeners) {
            try {
                listener.paletteChanged(change, descriptor);
            } catch (RuntimeException e) {
                LOG.warn("Palette listener {} failed on {} {}: {}", listener, change, descriptor.key(), e.toString());
            }
        }
    }

    @Override
    public synchronized List<NodeDescriptor> nodeTypes() {
        var all = new ArrayList<NodeDescriptor>();
        byId.values().forEach(versions -> all.addAll(versions.values()));
        return all;
    }

    @Override
    public synchronized Optional<NodeDescriptor> find(String id, String version) {
        var versions = byId.get(id);
        if (versions == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(versions.get(SemVer.parse(version)));
        } catch (IllegalArgumentException notAVersion) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized List<String> versions(String id) {
        var versions = byId.get(id);
        return versions == null ? List.of() : versions.keySet().stream().map(SemVer::toString).toList();
    }

    @Override
    public Map<String, String> rejected() {
        return Map.copyOf(rejected);
    }

    @Override
    public void addListener(PaletteListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(PaletteListener listener) {
        listeners.remove(listener);
    }
}
