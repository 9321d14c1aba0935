package org.retort.store;

import java.util.List;

/**
 * Online backups of an embedded (Derby) store, made while Retort runs: Derby's own online backup of the database
 * (consistent, writers wait only while it copies) plus the artifact files (immutable, content-addressed: hard-linked
 * where the file system allows). Restoring is done with Retort stopped; see {@code docs/operations.md}.
 *
 * <p>A store on PostgreSQL is backed up by its database administrator ({@code pg_dump}) with the artifact folder
 * in the file backup: {@link #create} refuses with a {@link StoreConflictException} that says so.
 */
public interface Backups {

    /**
     * Makes a backup now.
     *
     * @throws StoreConflictException when the database is not embedded (PostgreSQL)
     * @throws StoreException when the copy fails (disk full, say); nothing half-made is left behind
     */
    Backup create();

    /** The backups made so far, newest first. */
    List<Backup> list();
}
