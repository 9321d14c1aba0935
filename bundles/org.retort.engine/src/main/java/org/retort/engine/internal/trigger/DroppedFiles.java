package org.retort.engine.internal.trigger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a processed file goes: {@code archive/} under its watch folder when its run succeeded,
 * {@code quarantine/} with a report beside it when it did not. The run id goes into the name
 * ({@code batch.sdf} → {@code batch.<run id>.sdf}, report {@code batch.<run id>.sdf.error.json}), so
 * the same name dropped again never overwrites an earlier file and each file leads to its run. Both
 * folders are below the watch folder, so a move is a rename on the same file system.
 */
final class DroppedFiles {

    static final String ARCHIVE = "archive";
    static final String QUARANTINE = "quarantine";
    static final String REPORT_SUFFIX = ".error.json";

    private DroppedFiles() {
    }

    /** Moves {@code file} into {@code archive/}; returns where it is now. */
    static Path archive(Path file, String runId) throws IOException {
        return moveInto(file, ARCHIVE, runId);
    }

    /** Writes {@code report} into {@code quarantine/}, then moves {@code file} beside it; returns where the file is now. */
    static Path quarantine(Path file, FailureReport report) throws IOException {
        Path folder = Files.createDirectories(file.resolveSibling(QUARANTINE));
        String name = withRunId(file.getFileName().toString(), report.runId());
        Path partial = folder.resolve("." + name + REPORT_SUFFIX);
        Files.writeString(partial, report.toJson(), StandardCharsets.UTF_8);
        move(partial, folder.resolve(name + REPORT_SUFFIX));
        return moveInto(file, QUARANTINE, report.runId());
    }

    /** {@code name} with the run id before its extension: {@code a.sdf} → {@code a.<id>.sdf}, {@code a} → {@code a.<id>}. */
    static String withRunId(String name, String runId) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "." + runId : name.substring(0, dot) + "." + runId + name.substring(dot);
    }

    private static Path moveInto(Path file, String folderName, String runId) throws IOException {
        Path folder = Files.createDirectories(file.resolveSibling(folderName));
        Path target = folder.resolve(withRunId(file.getFileName().toString(), runId));
        move(file, target);
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
