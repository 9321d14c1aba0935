package org.retort.store;

import java.time.Instant;

/**
 * A backup of the store: a consistent copy of the embedded database and the artifact files, in a folder of its own.
 *
 * @param name      the folder's name, e.g. {@code 20261122-051500}; unique, sortable by time
 * @param createdAt when it was made
 * @param bytes     its size on disk (artifact files are hard links where the file system allows, so a backup
 *                  costs far less than this)
 * @param artifacts the number of artifact files it holds
 * @param location  where it is, as a path on the server
 */
public record Backup(String name, Instant createdAt, long bytes, int artifacts, String location) {
}
