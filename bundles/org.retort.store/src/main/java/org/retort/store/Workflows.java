package org.retort.store;

import java.util.List;
import java.util.Optional;

/**
 * Workflows and their immutable versions. Names are unique inside a workspace (case-insensitive). Deleting is a
 * soft delete: the workflow disappears from {@link #find} and {@link #list} and its name is free again, but its
 * versions stay readable through {@link #version} so past runs keep their provenance.
 */
public interface Workflows {

    /**
     * @throws StoreNotFoundException if there is no such workspace
     * @throws StoreConflictException if the workspace has a workflow of that name
     */
    Workflow create(String workspaceId, String name, String createdBy);

    /** A workflow that is not deleted. */
    Optional<Workflow> find(String id);

    Optional<Workflow> findByName(String workspaceId, String name);

    /**
     * The workspace's workflows ordered by name.
     *
     * @param nameFilter case-insensitive substring of the name; {@code null} or blank for all
     */
    Page<Workflow> list(String workspaceId, String nameFilter, int offset, int limit);

    /**
     * @throws StoreNotFoundException if there is no such workflow
     * @throws StoreConflictException if the name is taken in the workspace
     */
    Workflow rename(String id, String newName);

    /** Soft delete. @return whether a workflow was deleted */
    boolean delete(String id);

    /**
     * Adds the next version (1, 2, 3…). Safe under concurrency: two simultaneous calls get different numbers.
     *
     * @param document a JSON document
     * @throws IllegalArgumentException if {@code document} is not JSON
     * @throws StoreNotFoundException   if there is no such (undeleted) workflow
     */
    WorkflowVersion addVersion(String workflowId, String document, String createdBy, String comment);

    Optional<WorkflowVersion> latestVersion(String workflowId);

    /** A version, also of a deleted workflow. */
    Optional<WorkflowVersion> version(String workflowId, int version);

    /** All versions, oldest first. */
    List<WorkflowVersion> versions(String workflowId);
}
