package org.retort.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.engine.NodeCatalog;
import org.retort.engine.NodeDescriptor;
import org.retort.web.JaxRsComponent;
import org.retort.web.Problem;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * The node palette: {@code /api/v1/nodes}. Every answer is the engine's own descriptor
 * ({@link NodeDescriptor#toMap()}: metadata, typed ports, the parameters' JSON Schema, docs), so the
 * editor, validation and these endpoints never disagree.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/nodes")
public final class NodesResource implements JaxRsComponent {

    /** The media type of a node's documentation page. */
    public static final String MARKDOWN = "text/markdown; charset=UTF-8";

    private final NodeCatalog catalog;

    @Activate
    public NodesResource(@Reference NodeCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every installed node type in every installed version, by id then version. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("nodes:read")
    public List<Map<String, Object>> palette() {
        return catalog.nodeTypes().stream().map(NodeDescriptor::toMap).toList();
    }

    /** The installed versions of one node type (oldest first) and the descriptor of the newest. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("nodes:read")
    public Map<String, Object> nodeType(@PathParam("id") String id) {
        List<String> versions = versions(id);
        var map = new LinkedHashMap<String, Object>();
        map.put("id", id);
        map.put("versions", versions);
        map.put("latest", descriptor(id, versions.get(versions.size() - 1)).toMap());
        return map;
    }

    /** One version of one node type. */
    @GET
    @Path("{id}/versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("nodes:read")
    public Map<String, Object> version(@PathParam("id") String id, @PathParam("version") String version) {
        return descriptor(id, version).toMap();
    }

    /** The Markdown documentation page of one version of one node type. */
    @GET
    @Path("{id}/versions/{version}/docs")
    @Produces(MARKDOWN)
    @RequiresPermission("nodes:read")
    public String docs(@PathParam("id") String id, @PathParam("version") String version) {
        return descriptor(id, version).markdown();
    }

    private List<String> versions(String id) {
        List<String> versions = catalog.versions(id);
        if (versions.isEmpty()) {
            throw new ProblemException(Problem.of(404, "Unknown node type",
                    "There is no node type '" + id + "' installed.").with("nodeType", id));
        }
        return versions;
    }

    private NodeDescriptor descriptor(String id, String version) {
        return catalog.find(id, version).orElseThrow(() -> new ProblemException(Problem.of(404, "Unknown node type version",
                "Node type '" + id + "' has no version '" + version + "' installed (installed: "
                        + String.join(", ", versions(id)) + ").").with("nodeType", id).with("version", version)));
    }
}
