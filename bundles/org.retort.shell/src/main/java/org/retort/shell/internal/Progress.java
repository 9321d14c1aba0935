package org.retort.shell.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.retort.engine.NodeStats;
import org.retort.engine.Run;
import org.retort.engine.RunEvent;
import org.retort.engine.RunListener;

/**
 * Prints a run's progress for a person at a terminal or a log reader: one line per second at most
 * while it runs (every node's rows in/out/failed), then a summary table. No escape codes, so the
 * output reads the same in a terminal, a CI log and a file.
 */
final class Progress implements RunListener {

    private final String runId;
    private final PrintStream out;
    private final Map<String, NodeStats> latest = new ConcurrentHashMap<>();
    private volatile long lastPrint;

    Progress(String runId, PrintStream out) {
        this.runId = runId;
        this.out = out;
    }

    @Override
    public void onEvent(RunEvent event) {
        if (!event.runId().equals(runId) || !(event instanceof RunEvent.NodeProgress progress)) {
            return;
        }
        latest.put(progress.stats().nodeId(), progress.stats());
        long now = System.currentTimeMillis();
        if (now - lastPrint >= 1000) {
            lastPrint = now;
            StringBuilder line = new StringBuilder("  running:");
            latest.values().stream().sorted((a, b) -> a.nodeId().compareTo(b.nodeId())).forEach(s -> line
                    .append(' ').append(s.nodeId()).append(' ').append(s.rowsOut()).append(" rows")
                    .append(s.rowsFailed() > 0 ? " (" + s.rowsFailed() + " failed)" : ""));
            out.println(line);
        }
    }

    /** The summary of a finished run. */
    static String summary(Run run) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Run %s of '%s': %s%n", run.id(), run.workflow().id(), run.state()));
        if (!run.failure().isEmpty()) {
            text.append("  ").append(run.failure()).append(System.lineSeparator());
        }
        text.append(String.format(Locale.ROOT, "  %-20s %-10s %10s %10s %10s %9s%n", "node", "status", "rows in", "rows out", "failed", "seconds"));
        List<NodeStats> nodes = run.nodes();
        for (NodeStats s : nodes) {
            text.append(String.format(Locale.ROOT, "  %-20s %-10s %10d %10d %10d %9.2f%n", s.nodeId(), s.status(),
                    s.rowsIn(), s.rowsOut(), s.rowsFailed(), s.millis() / 1000.0));
        }
        return text.toString();
    }
}
