package org.retort.node.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * A UTF-8 text file written to a temporary file beside the target and moved into place, atomically, on
 * {@link #commit()}: readers never see a half-written file, and an aborted run leaves the old file as it
 * was. A target ending in {@code .gz} is gzip-compressed (with no time stamp in the gzip header).
 */
final class AtomicOutput {

    private final Path target;
    private final Path temporary;
    private final boolean overwrite;
    private final Writer writer;
    private boolean closed;

    private AtomicOutput(Path target, boolean overwrite) throws IOException {
        this.target = target.toAbsolutePath();
        this.overwrite = overwrite;
        refuseExisting();
        Path directory = this.target.getParent();
        Files.createDirectories(directory);
        // Not Files.createTempFile: that makes the file readable by its owner only, and the result
        // should get the usual permissions (the process umask), like any file the user writes.
        this.temporary = Files.createFile(directory.resolve("." + this.target.getFileName() + "."
                + java.util.UUID.randomUUID() + ".part"));
        OutputStream out = Files.newOutputStream(temporary);
        if (this.target.getFileName().toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Opens the temporary file; fails when {@code target} exists and {@code overwrite} is false. */
    static AtomicOutput open(Path target, boolean overwrite) throws IOException {
        return new AtomicOutput(target, overwrite);
    }

    private void refuseExisting() throws IOException {
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "the file exists; set overwrite=true to replace it");
        }
    }

    Writer writer() {
        return writer;
    }

    /** Closes the temporary file and moves it onto the target. */
    void commit() throws IOException {
        closed = true;
        try {
            writer.close();
            refuseExisting();
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Closes and deletes the temporary file; the target is left as it was. */
    void abort() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
