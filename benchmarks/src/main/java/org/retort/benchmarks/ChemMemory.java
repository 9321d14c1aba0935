package org.retort.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.retort.engine.NodeStats;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;

/**
 * The chemistry issue's memory check (not JMH): a million molecules — the NCI set repeated, line
 * numbers and so record numbers continuing — streamed through import SMILES → standardize →
 * descriptors (six) → export CSV on an engine made as in production (its result cache bound
 * included), with the heap the JVM was given (run it with {@code -Xmx512m}: {@code benchmarks/run.sh
 * --memory}). Prints wall time, molecules/s, the heap used (peak of 20 ms samples, the largest heap
 * left after a collection, and the sum of the pools' peaks, an upper bound), collections, and the rows
 * written.
 *
 * <p>Arguments: {@code [molecules] [--inchikey] [--no-cache] [--keep]}; default 1,000,000 molecules, no
 * InChIKey (as {@link ChemPipeline}), the production result cache ({@code --no-cache}: bound 0, to see
 * what the cache holds), files deleted at the end unless {@code --keep}.
 */
public final class ChemMemory {

    private ChemMemory() {
    }

    public static void main(String[] args) throws Exception {
        long count = 1_000_000;
        boolean inchikey = false;
        boolean keep = false;
        boolean cache = true;
        for (String arg : args) {
            switch (arg) {
                case "--inchikey" -> inchikey = true;
                case "--no-cache" -> cache = false;
                case "--keep" -> keep = true;
                default -> count = Long.parseLong(arg.replace("_", "").replace(",", ""));
            }
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "heap limit %,d MB, %d cores, Java %s%n", maxHeap >> 20, cores, System.getProperty("java.version"));

        Path directory = Files.createTempDirectory("retort-chem-memory");
        Path input = directory.resolve("nci-repeated.smi");
        Path output = directory.resolve("out.csv");
        List<String> lines = ChemWork.nciLines();
        ChemWork.writeRepeated(lines, count, input);
        System.out.printf(Locale.ROOT, "input: %,d lines (%,d-line NCI set repeated), %,d MB, %s%n",
                count, lines.size(), Files.size(input) >> 20, input);

        var monitor = new HeapMonitor();
        try (BenchEngine bench = cache ? BenchEngine.production(ChemWork.nodeTypes()) : new BenchEngine(0, ChemWork.nodeTypes())) {
            System.gc();
            monitor.start();
            long start = System.nanoTime();
            Run run = bench.engine.start(ChemWork.workflow(input, output, inchikey), bench.options(RunOptions.defaults().chunkSize(), cores));
            if (!run.await(Duration.ofHours(2)) || run.state() != RunState.SUCCEEDED) {
                throw new IllegalStateException("run " + run.state() + ": " + run.failure());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            monitor.stop();

            long rows;
            try (BufferedReader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
                rows = reader.lines().count() - 1;
            }
            System.out.printf(Locale.ROOT, "InChIKey: %s; concurrency %d; chunk size %d (the default); %s%n",
                    inchikey ? "yes" : "no", cores, RunOptions.defaults().chunkSize(), cache ? "production result cache bound" : "result cache off (bound 0)");
            System.out.printf(Locale.ROOT, "wall time: %.1f s%n", seconds);
            System.out.printf(Locale.ROOT, "molecules/s: %,.0f%n", count / seconds);
            System.out.printf(Locale.ROOT, "peak heap used (20 ms samples, MemoryMXBean): %,d MB%n", monitor.peakSampled.get() >> 20);
            System.out.printf(Locale.ROOT, "largest heap used after a collection (GC notifications): %,d MB%n", monitor.peakAfterGc.get() >> 20);
            System.out.printf(Locale.ROOT, "sum of the heap pools' peaks (upper bound): %,d MB of %,d MB%n", monitor.poolPeaks() >> 20, maxHeap >> 20);
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                System.out.printf(Locale.ROOT, "collector %s: %,d collections, %,d ms%n", gc.getName(), gc.getCollectionCount(), gc.getCollectionTime());
            }
            System.out.printf(Locale.ROOT, "output: %,d rows (%,d MB), %s%n", rows, Files.size(output) >> 20, output);
            for (NodeStats node : run.nodes()) {
                System.out.printf(Locale.ROOT, "  %-12s in %,9d out %,9d failed %,6d  %,8d ms in node code  %s%n", node.nodeId(),
                        node.rowsIn(), node.rowsOut(), node.rowsFailed(), node.millis(), node.counters());
            }
        } finally {
            if (!keep) {
                Files.deleteIfExists(input);
                Files.deleteIfExists(output);
                Files.deleteIfExists(directory);
            }
        }
    }

    /** Heap used: sampled every 20 ms, and after every collection. */
    private static final class HeapMonitor {

        final AtomicLong peakSampled = new AtomicLong();
        final AtomicLong peakAfterGc = new AtomicLong();
        private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private volatile boolean running;
        private Thread sampler;

        void start() {
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (!running || !notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = 0;
                    for (MemoryPoolMXBean pool : heapPools) {
                        MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                        used += after == null ? 0 : after.getUsed();
                    }
                    peakAfterGc.accumulateAndGet(used, Math::max);
                }, null, null);
            }
            running = true;
            var memory = ManagementFactory.getMemoryMXBean();
            sampler = new Thread(() -> {
                while (running) {
                    peakSampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }

        long poolPeaks() {
            return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }
    }
}
