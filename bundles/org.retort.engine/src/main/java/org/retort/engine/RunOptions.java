package org.retort.engine;

import java.nio.file.Path;

/**
 * How to run a workflow.
 *
 * @param chunkSize     rows per chunk a source is asked to emit
 * @param concurrency   default threads per streaming node (a node's own {@code concurrency} wins)
 * @param queueChunks   chunks waiting in front of a node before its producers block (back pressure)
 * @param previewRows   rows kept per output port for the editor's preview
 * @param workDirectory where nodes get their per-run work directories
 */
public record RunOptions(int chunkSize, int concurrency, int queueChunks, int previewRows, Path workDirectory) {

    public RunOptions {
        if (chunkSize < 1 || concurrency < 1 || queueChunks < 1 || previewRows < 0) {
            throw new IllegalArgumentException("chunkSize, concurrency and queueChunks must be positive, previewRows not negative");
        }
    }

    /** 1000-row chunks, one thread per core, 8 queued chunks, 100 preview rows, work under the temp dir. */
    public static RunOptions defaults() {
        return new RunOptions(1000, Runtime.getRuntime().availableProcessors(), 8, 100,
                Path.of(System.getProperty("java.io.tmpdir"), "retort-runs"));
    }

    /** These options with another chunk size. */
    public RunOptions withChunkSize(int rows) {
        return new RunOptions(rows, concurrency, queueChunks, previewRows, workDirectory);
    }

    /** These options with another default concurrency. */
    public RunOptions withConcurrency(int threads) {
        return new RunOptions(chunkSize, threads, queueChunks, previewRows, workDirectory);
    }

    /** These options with another work directory. */
    public RunOptions withWorkDirectory(Path directory) {
        return new RunOptions(chunkSize, concurrency, queueChunks, previewRows, directory);
    }
}
