package org.retort.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.store.Artifact;
import org.retort.store.Artifacts;
import org.retort.store.AuditLog;
import org.retort.store.StoreException;
import org.retort.web.JaxRsComponent;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * Files for runs: {@code POST /api/v1/artifacts?name=molecules.smi} with the file as the raw body
 * (streamed into the content-addressed store, never held in memory) and {@code GET
 * /api/v1/artifacts/{sha256}}. Bind an upload to a run as {@code "inputs": {"read": "artifact:<sha256>"}}.
 * Who may read an artifact: {@link ArtifactAccess}.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/artifacts")
public final class ArtifactsResource implements JaxRsComponent {

    /** The largest upload. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Artifacts artifacts;
    private final ArtifactAccess access;
    private final long maxBytes;

    @Activate
    public ArtifactsResource(@Reference Artifacts artifacts, @Reference AuditLog audit) {
        this(artifacts, audit, MAX_BYTES);
    }

    ArtifactsResource(Artifacts artifacts, AuditLog audit, long maxBytes) {
        this.artifacts = artifacts;
        this.access = new ArtifactAccess(audit);
        this.maxBytes = maxBytes;
    }

    /** What an upload stored. */
    public record ArtifactView(String sha256, long size, String mediaType, String name) {
        static ArtifactView of(Artifact a) {
            return new ArtifactView(a.sha256(), a.size(), a.mediaType(), a.name());
        }
    }

    /** Stores the request body; 201 with its SHA-256, 413 above the limit. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("runs:write")
    public Response upload(@QueryParam("name") String name, @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Content-Length") String contentLength, InputStream body, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        if (contentLength != null && contentLength.matches("\\d{1,18}") && Long.parseLong(contentLength) > maxBytes) {
            throw tooLarge();
        }
        String file = fileName(name);
        String mediaType = contentType == null || contentType.isBlank() ? MediaType.APPLICATION_OCTET_STREAM : contentType;
        Limited limited = new Limited(body, maxBytes);
        Artifact stored;
        try {
            stored = artifacts.put(limited, mediaType, file);
        } catch (StoreException e) {
            if (limited.exceeded) {
                throw tooLarge();
            }
            throw new ProblemException(400, "Upload failed", "The file could not be received completely; send it again.");
        }
        access.uploaded(caller, stored.sha256(), file + ", " + stored.size() + " bytes", null);
        return Response.status(201).entity(new ArtifactView(stored.sha256(), stored.size(), mediaType, file)).build();
    }

    /** The artifact's content, as a file to save; 404 when it does not exist or the caller may not read it. */
    @GET
    @Path("{sha256}")
    @RequiresPermission("runs:read")
    public Response download(@PathParam("sha256") String sha256, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        if (!SHA256.matcher(sha256).matches() || !access.mayRead(caller, sha256)) {
            throw WorkspaceAccess.notFound("artifact '" + sha256 + "'");
        }
        Artifact artifact = artifacts.find(sha256).orElseThrow(() -> WorkspaceAccess.notFound("artifact '" + sha256 + "'"));
        return file(artifacts, artifact, artifact.name());
    }

    /** A download response streaming {@code artifact} as {@code name}. */
    static Response file(Artifacts artifacts, Artifact artifact, String name) {
        StreamingOutput content = out -> {
            try (InputStream in = artifacts.open(artifact.sha256())) {
                in.transferTo(out);
            }
        };
        String safe = (name == null || name.isBlank() ? artifact.sha256() : name).replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(content, artifact.mediaType())
                .header("Content-Length", artifact.size())
                .header("Content-Disposition", "attachment; filename=\"" + safe + "\"")
                .header("ETag", "\"" + artifact.sha256() + "\"").build();
    }

    /** The file name part of {@code name}; 400 when there is none. */
    static String fileName(String name) {
        if (name == null || name.isBlank()) {
            throw new ProblemException(400, "Bad Request", "Name the file: POST /api/v1/artifacts?name=molecules.smi");
        }
        String file = name.strip().replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        if (file.isEmpty() || file.equals(".") || file.equals("..") || file.length() > 255 || file.chars().anyMatch(c -> c < 32)) {
            throw new ProblemException(400, "Bad Request", "'" + name + "' is not a usable file name.");
        }
        return file;
    }

    private ProblemException tooLarge() {
        return new ProblemException(413, "File too large", "An upload may have at most " + maxBytes / (1024 * 1024) + " MiB.");
    }

    /** A stream that fails once more than {@code max} bytes came through. */
    static final class Limited extends FilterInputStream {
        private final long max;
        private long count;
        boolean exceeded;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > max) {
                exceeded = true;
                throw new IOException("more than " + max + " bytes");
            }
        }
    }
}
