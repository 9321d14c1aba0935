package org.retort.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Content-addressed files: the same content is stored once, under {@code <root>/ab/cd/<sha256>}. A file is written
 * to a temporary file first and moved into place atomically, so a reader never sees half a file.
 */
public interface Artifacts {

    /** Stores the stream's content (the stream is read to its end, not closed). */
    Artifact put(InputStream content, String mediaType, String originalName);

    Optional<Artifact> find(String sha256);

    boolean exists(String sha256);

    /** @throws StoreNotFoundException if there is no such artifact */
    InputStream open(String sha256);

    /** Where the file lies, for readers that need a path. @throws StoreNotFoundException if there is no such artifact */
    Path path(String sha256);
}
