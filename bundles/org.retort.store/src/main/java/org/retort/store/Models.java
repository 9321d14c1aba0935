package org.retort.store;

import java.util.List;
import java.util.Optional;

/**
 * The model registry: models with immutable versions, names unique inside a workspace (case-insensitive), and an
 * active version changed by promotions and rollbacks.
 *
 * <p>Rollback rule: promotions form a history; {@link #rollback} undoes the newest promotion not yet rolled back,
 * making the version that was active before it active again. So promote 1, promote 2, promote 3, rollback,
 * rollback leaves 1 active; promoting the version that is already active records nothing.
 */
public interface Models {

    /**
     * @throws StoreNotFoundException if there is no such workspace
     * @throws StoreConflictException if the workspace has a model of that name
     */
    Model create(String workspaceId, String name, String createdBy);

    Optional<Model> find(String id);

    Optional<Model> findByName(String workspaceId, String name);

    /** The workspace's models ordered by name. */
    Page<Model> list(String workspaceId, int offset, int limit);

    /**
     * Adds the next version (1, 2, 3…); safe under concurrency. Does not change the active version.
     *
     * @throws StoreNotFoundException if the model or the artifact does not exist
     */
    ModelVersion addVersion(String modelId, NewModelVersion version, String createdBy);

    Optional<ModelVersion> version(String modelId, int version);

    /** All versions, oldest first. */
    List<ModelVersion> versions(String modelId);

    /** The active version, if one is. */
    Optional<ModelVersion> active(String modelId);

    /**
     * Makes a version the active one and records the promotion.
     *
     * @throws StoreNotFoundException if the model or that version does not exist
     */
    Model promote(String modelId, int version, String actor);

    /**
     * Undoes the newest promotion still standing: its previous version becomes active again.
     *
     * @throws StoreNotFoundException if the model does not exist
     * @throws StoreConflictException if no earlier version was active (nothing promoted, or only one promotion)
     */
    Model rollback(String modelId, String actor);

    /** The promotions, newest first. */
    List<ModelPromotion> promotions(String modelId);
}
