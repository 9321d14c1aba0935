package org.retort.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes what the nodes of a run left in its work directory. */
final class WorkDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(WorkDirectory.class);

    private WorkDirectory() {
    }

    /** Deletes {@code directory} and everything in it, if it exists; a failure is logged for {@code owner}. */
    static void delete(Path directory, String owner) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("{}: cannot remove {}: {}", owner, directory, e.toString());
        }
    }
}
