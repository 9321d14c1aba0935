package org.retort.rest.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example workflows of the repository ({@code workflows/*.json}), the REST tests' fixtures. */
public final class Workflows {

    private Workflows() {
    }

    /** The repository's {@code workflows/} folder, found upwards from the working directory. */
    public static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("workflows");
            if (Files.isDirectory(candidate) && Files.isDirectory(dir.resolve("bundles"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no workflows/ folder above " + Path.of("").toAbsolutePath());
    }

    /** Every {@code workflows/*.json}, by name. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code workflows/<name>}. */
    public static String read(String name) {
        try {
            return Files.readString(folder().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
