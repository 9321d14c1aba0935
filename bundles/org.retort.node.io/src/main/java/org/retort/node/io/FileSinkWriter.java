package org.retort.node.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;
import org.retort.api.node.SinkNode.ChunkWriter;

/**
 * The common part of the file sinks: an {@link AtomicOutput}, failed rows skipped and counted, the file
 * published on a normal close and discarded when the run stopped or a write failed.
 */
abstract class FileSinkWriter implements ChunkWriter {

    private final AtomicOutput output;
    private final NodeContext context;
    private boolean broken;
    private boolean closed;

    FileSinkWriter(String path, boolean overwrite, NodeContext context) throws IOException {
        this.output = AtomicOutput.open(Path.of(path), overwrite);
        this.context = context;
    }

    /** Writes the rows that did not fail, in order. */
    @Override
    public final void write(Table chunk) throws Exception {
        try {
            start(chunk, output.writer());
            long written = 0;
            for (Row row : chunk.rows()) {
                if (row.failed()) {
                    context.count("failed rows not written", 1);
                    continue;
                }
                row(row, output.writer());
                written++;
            }
            context.count("rows written", written);
        } catch (Exception | Error e) {
            broken = true;
            throw e;
        }
    }

    /** Called before each chunk's rows (write a header on the first one). */
    abstract void start(Table chunk, Writer out) throws Exception;

    /** Writes one row. */
    abstract void row(Row row, Writer out) throws Exception;

    NodeContext context() {
        return context;
    }

    /** Publishes the file, unless the run was cancelled or a write failed: then nothing changes on disk. */
    @Override
    public final void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        if (broken || context.cancelled()) {
            output.abort();
            context.warn("the run did not complete: the output file was not written");
            return;
        }
        output.commit();
    }
}
