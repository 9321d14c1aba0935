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
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.store.Artifact;
import org.retort.store.Artifacts;
import org.retort.store.AuditLog;
import org.retort.store.Dataset;
import org.retort.store.DatasetVersion;
import org.retort.store.Datasets;
import org.retort.store.StoreException;
import org.retort.store.Workspaces;
import org.retort.web.ProblemException;
import org.retort.web.JaxRsComponent;
import org.retort.web.RequiresPermission;

/**
 * Datasets with immutable versions, inside workspaces: {@code /api/v1/datasets/{id}…} (created and
 * listed by {@link WorkspaceDatasetsResource}). A version is an uploaded SMILES, CSV/TSV or SDF file
 * (optionally gzipped), streamed into the content-addressed {@link Artifacts}; uploading the latest
 * version's content again adds nothing. {@code …/diff} compares two versions molecule by molecule
 * ({@link DatasetDiff}). Who may see and change what follows {@link WorkspaceAccess}.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/datasets")
public final class DatasetsResource implements JaxRsComponent {

    private final Datasets datasets;
    private final Artifacts artifacts;
    private final AuditLog audit;
    private final WorkspaceAccess access;
    private final ArtifactAccess artifactAccess;
    private final long maxBytes;

    @Activate
    public DatasetsResource(@Reference Datasets datasets, @Reference Artifacts artifacts, @Reference Workspaces workspaces,
            @Reference AuditLog audit) {
        this(datasets, artifacts, workspaces, audit, ArtifactsResource.MAX_BYTES);
    }

    DatasetsResource(Datasets datasets, Artifacts artifacts, Workspaces workspaces, AuditLog audit, long maxBytes) {
        this.datasets = datasets;
        this.artifacts = artifacts;
        this.audit = audit;
        this.access = new WorkspaceAccess(workspaces);
        this.artifactAccess = new ArtifactAccess(audit);
        this.maxBytes = maxBytes;
    }

    /** A dataset. */
    public record DatasetView(String id, String workspaceId, String name, String createdBy, Instant createdAt, int latestVersion) {
        static DatasetView of(Dataset d) {
            return new DatasetView(d.id(), d.workspaceId(), d.name(), d.createdBy(), d.createdAt(), d.latestVersion());
        }
    }

    /** One version: its file (the artifact's SHA-256), format and row count. */
    public record VersionView(int version, String sha256, long size, String fileName, String format, long rowCount,
                              String createdBy, Instant createdAt, String note) {
        static VersionView of(DatasetVersion v, Artifact file) {
            return new VersionView(v.version(), v.artifactSha256(), file == null ? -1 : file.size(), file == null ? null : file.name(),
                    v.format(), v.rowCount(), v.createdBy(), v.createdAt(), v.note());
        }
    }

    /** The dataset and its latest version ({@code null} before the first upload). */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("datasets:read")
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext security) {
        Dataset dataset = readable(id, security);
        return detail(dataset, datasets.latestVersion(id).orElse(null));
    }

    /**
     * Adds a version from the raw body, a file named {@code name} in {@code format} (by default the one
     * the name's extension names): 201 with the new version; 200 with the latest version when the file
     * is the same as its file (nothing is added); 413 above the size limit.
     */
    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("datasets:write")
    public Response upload(@PathParam("id") String id, @QueryParam("name") String name, @QueryParam("format") String format,
            @QueryParam("note") String note, @HeaderParam("Content-Length") String contentLength, InputStream body,
            @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        Dataset dataset = writable(id, caller);
        String file = ArtifactsResource.fileName(name);
        DatasetFormat kind = DatasetFormat.of(format, file);
        if (contentLength != null && contentLength.matches("\\d{1,18}") && Long.parseLong(contentLength) > maxBytes) {
            throw tooLarge();
        }
        ArtifactsResource.Limited limited = new ArtifactsResource.Limited(body, maxBytes);
        Artifact stored;
        try {
            stored = artifacts.put(limited, kind.mediaType, file);
        } catch (StoreException e) {
            if (limited.exceeded) {
                throw tooLarge();
            }
            throw new ProblemException(400, "Upload failed", "The file could not be received completely; send it again.");
        }
        DatasetVersion latest = datasets.latestVersion(id).orElse(null);
        if (latest != null && latest.artifactSha256().equals(stored.sha256()) && latest.format().equals(kind.id)) {
            return Response.ok(detail(dataset, latest)).build();
        }
        long rows = rows(stored, kind);
        artifactAccess.uploaded(caller, stored.sha256(), file + ", " + stored.size() + " bytes, dataset:" + id, null);
        DatasetVersion added = datasets.addVersion(id, stored.sha256(), rows, kind.id, caller.userId(),
                note == null || note.isBlank() ? null : note.strip());
        audit.record(caller.userId(), "dataset.version", "dataset:" + id,
                "version " + added.version() + ": " + file + ", " + rows + " rows, artifact:" + stored.sha256(), null);
        return Response.status(201).entity(detail(datasets.find(id).orElse(dataset), added)).build();
    }

    /** Every version, oldest first. */
    @GET
    @Path("{id}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("datasets:read")
    public List<VersionView> versions(@PathParam("id") String id, @Context SecurityContext security) {
        readable(id, security);
        return datasets.versions(id).stream().map(this::view).toList();
    }

    /** One version's metadata. */
    @GET
    @Path("{id}/versions/{n}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("datasets:read")
    public VersionView version(@PathParam("id") String id, @PathParam("n") int n, @Context SecurityContext security) {
        return view(version(readable(id, security), n));
    }

    /** One version's file, to save. */
    @GET
    @Path("{id}/versions/{n}/file")
    @RequiresPermission("datasets:read")
    public Response file(@PathParam("id") String id, @PathParam("n") int n, @Context SecurityContext security) {
        DatasetVersion version = version(readable(id, security), n);
        Artifact artifact = artifacts.find(version.artifactSha256())
                .orElseThrow(() -> WorkspaceAccess.notFound("file of version " + n + " of dataset '" + id + "'"));
        return ArtifactsResource.file(artifacts, artifact, artifact.name());
    }

    /**
     * What changed from version {@code from} to version {@code to}, by InChIKey (by default the latest
     * version against the one before it).
     */
    @GET
    @Path("{id}/diff")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("datasets:read")
    public DatasetDiff.Result diff(@PathParam("id") String id, @QueryParam("from") Integer from, @QueryParam("to") Integer to,
            @Context SecurityContext security) {
        Dataset dataset = readable(id, security);
        int newer = to != null ? to : dataset.latestVersion();
        int older = from != null ? from : newer - 1;
        DatasetVersion a = version(dataset, older);
        DatasetVersion b = version(dataset, newer);
        DatasetFormat formatA = storedFormat(a);
        DatasetFormat formatB = storedFormat(b);
        try (InputStream inA = artifacts.open(a.artifactSha256()); InputStream inB = artifacts.open(b.artifactSha256())) {
            return DatasetDiff.of(a.version(), inA, formatA, b.version(), inB, formatB);
        } catch (ZipException | EOFException e) {
            throw new ProblemException(422, "Unreadable file", "A version's file looks gzipped but is not: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DatasetFormat storedFormat(DatasetVersion v) {
        DatasetFormat format = DatasetFormat.stored(v.format());
        if (format == null) {
            throw new ProblemException(422, "Unknown format", "Version " + v.version() + " has the format '" + v.format()
                    + "', which cannot be compared.");
        }
        return format;
    }

    /** The records in the stored file, read again from the store (the upload was streamed, not held). */
    private long rows(Artifact stored, DatasetFormat format) {
        try (InputStream in = artifacts.open(stored.sha256())) {
            return DatasetRecords.count(in, format);
        } catch (ZipException | EOFException e) {
            throw new ProblemException(400, "Unreadable file", "The file starts like a gzip file but is not one: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> detail(Dataset dataset, DatasetVersion version) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("dataset", DatasetView.of(dataset));
        detail.put("version", version == null ? null : view(version));
        return detail;
    }

    private VersionView view(DatasetVersion v) {
        return VersionView.of(v, artifacts.find(v.artifactSha256()).orElse(null));
    }

    private DatasetVersion version(Dataset dataset, int n) {
        return datasets.version(dataset.id(), n)
                .orElseThrow(() -> WorkspaceAccess.notFound("version " + n + " of dataset '" + dataset.name() + "'"));
    }

    private Dataset readable(String id, SecurityContext security) {
        Dataset dataset = datasets.find(id).orElseThrow(() -> WorkspaceAccess.notFound("dataset '" + id + "'"));
        access.read(WorkspaceAccess.caller(security), dataset.workspaceId(), "dataset '" + id + "'");
        return dataset;
    }

    private Dataset writable(String id, Caller caller) {
        Dataset dataset = datasets.find(id).orElseThrow(() -> WorkspaceAccess.notFound("dataset '" + id + "'"));
        access.write(caller, dataset.workspaceId(), "dataset '" + id + "'");
        return dataset;
    }

    private ProblemException tooLarge() {
        return new ProblemException(413, "File too large", "A dataset version may have at most " + maxBytes / (1024 * 1024) + " MiB.");
    }
}
