package org.retort.store;

import java.util.List;
import java.util.Optional;

/** Datasets with immutable versions. Names are unique inside a workspace (case-insensitive). */
public interface Datasets {

    /**
     * @throws StoreNotFoundException if there is no such workspace
     * @throws StoreConflictException if the workspace has a dataset of that name
     */
    Dataset create(String workspaceId, String name, String createdBy);

    Optional<Dataset> find(String id);

    Optional<Dataset> findByName(String workspaceId, String name);

    /** The workspace's datasets ordered by name. */
    Page<Dataset> list(String workspaceId, int offset, int limit);

    /**
     * Adds the next version (1, 2, 3…); safe under concurrency.
     *
     * @throws StoreNotFoundException if the dataset or the artifact does not exist
     */
    DatasetVersion addVersion(String datasetId, String artifactSha256, long rowCount, String format,
                              String createdBy, String note);

    Optional<DatasetVersion> version(String datasetId, int version);

    Optional<DatasetVersion> latestVersion(String datasetId);

    /** All versions, oldest first. */
    List<DatasetVersion> versions(String datasetId);
}
