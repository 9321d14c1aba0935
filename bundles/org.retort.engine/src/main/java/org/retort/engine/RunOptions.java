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
 * @param fuse          whether a streaming node that only feeds on another streaming node runs in that
 *                      node's threads, on the same chunk right after it, instead of behind a queue of its
 *                      own (operator chaining): no hand-over, and a chunk's rows are done with while
 *                      they are young. Only nodes with the same thread count, no retries and no
 *                      timeout, breaker or fallback are fused; on by default
 * @param startedBy     the id of the user who started the run, or {@code null} (a headless run, a trigger); nodes
 *                      see it as {@link org.retort.api.node.NodeContext#startedBy()}
 */
public record RunOptions(int chunkSize, int concurrency, int queueChunks, int previewRows, Path workDirectory, boolean fuse,
        String startedBy) {

    public RunOptions {
        if (chunkSize < 1 || concurrency < 1 || queueChunks < 1 || previewRows < 0) {
            throw new IllegalArgumentException("chunkSize, concurrency and queueChunks must be positive, previewRows not negative");
        }
    }

    /** Options with streaming nodes fused where they can be, started by nobody in particular. */
    public RunOptions(int chunkSize, int concurrency, int queueChunks, int previewRows, Path workDirectory) {
        this(chunkSize, concurrency, queueChunks, previewRows, workDirectory, true, null);
    }

    /**
     * 250-row chunks, one thread per core, 8 queued chunks, 100 preview rows, work under the temp dir,
     * fused. Chunks of 250 rather than 1,000 rows: a chemistry node keeps a chunk's parsed structures
     * alive until the chunk is done, and at 1,000 rows they outlive young collections and the CPU
     * caches (docs/benchmarks.md, "Chemistry pipeline": 0.64–0.70 of a plain loop at 1,000 rows,
     * 0.78–0.85 at 250); for trivial nodes the per-chunk cost stays small at 250.
     */
    public static RunOptions defaults() {
        return new RunOptions(250, Runtime.getRuntime().availableProcessors(), 8, 100,
                Path.of(System.getProperty("java.io.tmpdir"), "retort-runs"));
    }

    /** These options with fusion of streaming nodes on or off. */
    public RunOptions withFusion(boolean on) {
        return new RunOptions(chunkSize, concurrency, queueChunks, previewRows, workDirectory, on, startedBy);
    }

    /** These options with another chunk size. */
    public RunOptions withChunkSize(int rows) {
        return new RunOptions(rows, concurrency, queueChunks, previewRows, workDirectory, fuse, startedBy);
    }

    /** These options with another default concurrency. */
    public RunOptions withConcurrency(int threads) {
        return new RunOptions(chunkSize, threads, queueChunks, previewRows, workDirectory, fuse, startedBy);
    }

    /** These options for a run started by the user {@code userId} ({@code null}: nobody in particular). */
    public RunOptions withStartedBy(String userId) {
        return new RunOptions(chunkSize, concurrency, queueChunks, previewRows, workDirectory, fuse, userId);
    }

    /** These options with another work directory. */
    public RunOptions withWorkDirectory(Path directory) {
        return new RunOptions(chunkSize, concurrency, queueChunks, previewRows, directory, fuse, startedBy);
    }
}
