package org.retort.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.retort.engine.NodeCatalog;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.PaletteListener;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The palette's JSON and its entity tag, made once per change of the installed node types. */
    private record Palette(byte[] json, EntityTag tag) {
    }

    private final NodeCatalog catalog;
    private final PaletteListener changes = (change, node) -> palette = null;
    private volatile Palette palette;

    @Activate
    public NodesResource(@Reference NodeCatalog catalog) {
        this.catalog = catalog;
        catalog.addListener(changes);
    }

    @Deactivate
    void deactivate() {
        catalog.removeListener(changes);
    }

    /**
     * Every installed node type in every installed version, by id then version, without their docs
     * (each entry's {@code docsUrl} fetches them): the editor loads it at every start. Made once per
     * change of the installed node types and served with an entity tag, so a client that sends
     * {@code If-None-Match} gets a 304 until a plugin comes or goes.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("nodes:read")
    public Response palette(@Context Request request) {
        Palette current = palette;
        if (current == null) {
            List<Map<String, Object>> entries = catalog.nodeTypes().stream().map(type -> {
                Map<String, Object> entry = new LinkedHashMap<>(type.toMap());
                entry.remove("docs");
                entry.put("docsUrl", "v1/nodes/" + type.id() + "/versions/" + type.version() + "/docs");
                return entry;
            }).toList();
            try {
                byte[] json = JSON.writeValueAsBytes(entries);
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
                current = new Palette(json, new EntityTag(HexFormat.of().formatHex(digest, 0, 16)));
            } catch (JsonProcessingException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("the palette could not be written as JSON", e);
            }
            palette = current;
        }
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(current.tag());
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(current.json(), MediaType.APPLICATION_JSON_TYPE).tag(current.tag()).build();
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
