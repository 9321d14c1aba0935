package org.retort.node.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;
import org.retort.api.node.SourceNode.Emitter;

/** Collects a source's rows into chunks of {@link NodeContext#chunkSize()} rows and emits them. */
final class Chunker {

    private final Schema schema;
    private final Emitter out;
    private final NodeContext context;
    private final int size;
    private List<Row> rows = new ArrayList<>();
    private long failed;

    Chunker(Schema schema, Emitter out, NodeContext context) {
        this.schema = schema;
        this.out = out;
        this.context = context;
        this.size = Math.max(1, context.chunkSize());
    }

    /** Adds a row; emits a chunk when it is full. */
    void add(Row row) {
        rows.add(row);
        if (row.failed()) {
            failed++;
        }
        if (rows.size() >= size) {
            flush();
        }
    }

    /** Emits the rows collected so far, if any. */
    void flush() {
        context.throwIfCancelled();
        if (rows.isEmpty()) {
            return;
        }
        context.count("records", rows.size());
        if (failed > 0) {
            context.count("failed records", failed);
        }
        out.emit(new Table(schema, rows));
        rows = new ArrayList<>();
        failed = 0;
    }

    /** A row of {@code width} cells, all null but the given ones, marked failed with {@code error}. */
    static Row failed(long record, int width, String error, Object... first) {
        Object[] values = new Object[width];
        System.arraycopy(first, 0, values, 0, Math.min(first.length, width));
        return Row.of(record, values).fail(error);
    }

    /** A file's fingerprint for the result cache: its size and modification time. */
    static String fingerprint(String path) throws IOException {
        Path file = Path.of(path);
        return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
    }
}
