package org.retort.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.engine.NodeCatalog;
import org.retort.engine.NodeDescriptor;
import org.retort.store.AuditLog;
import org.retort.web.JaxRsComponent;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * {@code /api/v1/admin/plugins}: plugin bundles for IT. Upload a jar and it is hot-deployed through
 * Karaf's {@code deploy/} folder (the same path as copying it there by hand: Felix FileInstall
 * installs and starts it, replaces it when a jar of the same name comes again, and uninstalls it when
 * the file goes); list every bundle with its state and the node types it brings; remove a deployed
 * plugin. Bundles of the distribution itself are managed as Karaf features, not here.
 */
@Component(service = JaxRsComponent.class)
@jakarta.ws.rs.Path("v1/admin/plugins")
@Produces(MediaType.APPLICATION_JSON)
public final class PluginsResource implements JaxRsComponent {

    /** The largest plugin jar accepted. */
    static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.jar");

    private final BundleContext context;
    private final NodeCatalog catalog;
    private final AuditLog audit;
    private final Path deploy;

    @Activate
    public PluginsResource(BundleContext context, @Reference NodeCatalog catalog, @Reference AuditLog audit) {
        this(context, catalog, audit, Path.of(System.getProperty("karaf.base", "."), "deploy"));
    }

    PluginsResource(BundleContext context, NodeCatalog catalog, AuditLog audit, Path deploy) {
        this.context = context;
        this.catalog = catalog;
        this.audit = audit;
        this.deploy = deploy;
    }

    /** One bundle of the running system. */
    public record PluginView(long id, String symbolicName, String version, String state, boolean deployed, String file,
            List<String> nodeTypes) {
    }

    @GET
    @RequiresPermission("admin:plugins")
    public List<PluginView> list() {
        Map<String, List<String>> nodeTypes = new LinkedHashMap<>();
        for (NodeDescriptor type : catalog.nodeTypes()) {
            Bundle from = FrameworkUtil.getBundle(type.nodeType().getClass());
            if (from != null) {
                nodeTypes.computeIfAbsent(from.getSymbolicName(), b -> new ArrayList<>()).add(type.key());
            }
        }
        return List.of(context.getBundles()).stream()
                .sorted(Comparator.comparingLong(Bundle::getBundleId))
                .map(bundle -> view(bundle, nodeTypes.getOrDefault(bundle.getSymbolicName(), List.of())))
                .toList();
    }

    /**
     * Deploys the jar in the request body as {@code deploy/<name>}: it must be an OSGi bundle (a
     * manifest with a {@code Bundle-SymbolicName}); a jar of the same file name is replaced (an
     * upgrade). Answers 202: FileInstall picks it up within about a second ({@code GET} shows its state).
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission("admin:plugins")
    public Response deploy(@QueryParam("name") String name, InputStream body, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        if (name == null || !FILE.matcher(name).matches()) {
            throw new ProblemException(400, "Bad Request", "name: give the jar's file name, e.g. ?name=my-nodes-1.0.0.jar "
                    + "(letters, digits, '.', '_', '-', ending in .jar)");
        }
        Path temp = null;
        try {
            Files.createDirectories(deploy);
            temp = Files.createTempFile(deploy.getParent() == null ? deploy : deploy.getParent(), ".upload-", ".part");
            long size;
            try (InputStream in = body) {
                size = copyAtMost(in, temp, MAX_BYTES);
            }
            Manifest manifest = manifest(temp);
            String symbolicName = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (symbolicName == null) {
                throw new ProblemException(400, "Not a plugin", "The upload is not an OSGi bundle: a jar whose manifest names a "
                        + "Bundle-SymbolicName (see docs/plugin-guide.md).");
            }
            String version = manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION);
            Files.move(temp, deploy.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            String bare = symbolicName.split(";")[0].trim();
            audit.record(caller.userId(), "plugin.deployed", "plugin:" + bare, name + ", " + size + " bytes, version " + version, null);
            return Response.accepted(Map.of("symbolicName", bare, "version", version == null ? "0.0.0" : version, "file", name,
                    "message", "Deployed to deploy/" + name + "; it is installed and started within a few seconds.")).build();
        } catch (IOException e) {
            throw new ProblemException(400, "Upload failed", "The jar could not be received completely; send it again.");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a temporary file in the installation; FileInstall ignores it
                }
            }
        }
    }

    /** Removes the deployed plugin {@code symbolicName}: its jar leaves deploy/ and FileInstall uninstalls it. */
    @DELETE
    @jakarta.ws.rs.Path("{symbolicName}")
    @RequiresPermission("admin:plugins")
    public Response remove(@PathParam("symbolicName") String symbolicName, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        Bundle bundle = List.of(context.getBundles()).stream().filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new ProblemException(404, "Not Found", "No bundle '" + symbolicName + "' is installed."));
        Path file = deployedFile(bundle);
        if (file == null) {
            throw new ProblemException(409, "Conflict", "'" + symbolicName + "' is part of the distribution, not a deployed plugin; "
                    + "it is managed with Karaf features.");
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(caller.userId(), "plugin.removed", "plugin:" + symbolicName, file.getFileName().toString(), null);
        return Response.noContent().build();
    }

    private PluginView view(Bundle bundle, List<String> nodeTypes) {
        Path file = deployedFile(bundle);
        return new PluginView(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(), state(bundle.getState()),
                file != null, file == null ? null : file.getFileName().toString(), nodeTypes);
    }

    /** The jar in deploy/ a bundle was installed from, or {@code null}. */
    private Path deployedFile(Bundle bundle) {
        String location = bundle.getLocation();
        if (location == null || !location.startsWith("file:")) {
            return null;
        }
        try {
            Path path = Path.of(java.net.URI.create(location)).toAbsolutePath().normalize();
            return path.getParent() != null && path.getParent().equals(deploy.toAbsolutePath().normalize()) ? path : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long copyAtMost(InputStream in, Path target, long max) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new ProblemException(413, "Payload Too Large", "A plugin jar may have at most " + max / (1024 * 1024) + " MB.");
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static Manifest manifest(Path jar) {
        try (var in = new JarInputStream(Files.newInputStream(jar))) {
            return in.getManifest();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
