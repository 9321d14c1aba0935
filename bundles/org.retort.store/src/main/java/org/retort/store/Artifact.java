package org.retort.store;

import java.time.Instant;

/**
 * A stored file, named by the SHA-256 of its content. The name and media type are those of the first upload of
 * that content.
 */
public record Artifact(String sha256, long size, String mediaType, String name, Instant createdAt) {
}
