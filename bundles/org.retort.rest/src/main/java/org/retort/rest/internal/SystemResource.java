package org.retort.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.engine.NodeCatalog;
import org.retort.store.AuditLog;
import org.retort.store.Backup;
import org.retort.store.Backups;
import org.retort.store.RunQuery;
import org.retort.store.RunStatus;
import org.retort.store.Runs;
import org.retort.store.StoreConflictException;
import org.retort.store.StoreException;
import org.retort.web.JaxRsComponent;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * {@code /api/v1/admin/backups} and {@code /api/v1/admin/metrics}: what IT needs to keep Retort safe and to watch it.
 * A backup is the store's online backup (embedded Derby and the artifact files), audited; metrics are the
 * Prometheus text format, so any scraper reads them.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/admin")
public final class SystemResource implements JaxRsComponent {

    /** The Prometheus text exposition format. */
    static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

    private final Backups backups;
    private final Runs runs;
    private final NodeCatalog catalog;
    private final AuditLog audit;

    @Activate
    public SystemResource(@Reference Backups backups, @Reference Runs runs, @Reference NodeCatalog catalog,
            @Reference AuditLog audit) {
        this.backups = backups;
        this.runs = runs;
        this.catalog = catalog;
        this.audit = audit;
    }

    @POST
    @Path("backups")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("admin:system")
    public Response backup(@Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        Backup backup;
        try {
            backup = backups.create();
        } catch (StoreConflictException e) {
            throw new ProblemException(409, "Backup not possible here", e.getMessage());
        } catch (StoreException e) {
            throw new ProblemException(503, "Backup failed", e.getMessage());
        }
        audit.record(caller.userId(), "backup.created", "backup:" + backup.name(),
                backup.artifacts() + " artifacts, " + backup.bytes() + " bytes", null);
        return Response.status(201).entity(backup).build();
    }

    @GET
    @Path("backups")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("admin:system")
    public Map<String, Object> backups() {
        List<Backup> all = backups.list();
        return Map.of("items", all, "total", all.size());
    }

    @GET
    @Path("metrics")
    @Produces(PROMETHEUS)
    @RequiresPermission("admin:system")
    public String metrics() {
        var out = new StringBuilder(2048);
        metric(out, "retort_uptime_seconds", "gauge", "Seconds since the JVM started.",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        for (RunStatus status : RunStatus.values()) {
            long count = runs.list(RunQuery.all().withStatus(status), 0, 1).total();
            sample(out, "retort_runs", "gauge", "Runs in the store by status.", "status", status.name().toLowerCase(Locale.ROOT),
                    count, status.ordinal() == 0);
        }
        metric(out, "retort_node_types", "gauge", "Installed node types (every version counts).", catalog.nodeTypes().size());
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        sample(out, "jvm_memory_used_bytes", "gauge", "Memory in use.", "area", "heap", heap.getUsed(), true);
        sample(out, "jvm_memory_used_bytes", "gauge", "Memory in use.", "area", "nonheap", nonHeap.getUsed(), false);
        metric(out, "jvm_memory_max_bytes", "gauge", "The most heap the JVM may use.", heap.getMax());
        metric(out, "jvm_threads_live", "gauge", "Live threads.", ManagementFactory.getThreadMXBean().getThreadCount());
        boolean first = true;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sample(out, "jvm_gc_collections_total", "counter", "Garbage collections.", "gc", gc.getName(), gc.getCollectionCount(), first);
            first = false;
        }
        first = true;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sample(out, "jvm_gc_collection_seconds_total", "counter", "Time spent in garbage collections.", "gc", gc.getName(),
                    gc.getCollectionTime() / 1000.0, first);
            first = false;
        }
        metric(out, "process_available_processors", "gauge", "Cores the JVM may use.", Runtime.getRuntime().availableProcessors());
        return out.toString();
    }

    private static void metric(StringBuilder out, String name, String type, String help, double value) {
        header(out, name, type, help);
        out.append(name).append(' ').append(number(value)).append('\n');
    }

    private static void sample(StringBuilder out, String name, String type, String help, String label, String labelValue,
            double value, boolean first) {
        if (first) {
            header(out, name, type, help);
        }
        out.append(name).append('{').append(label).append("=\"")
                .append(labelValue.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                .append("\"} ").append(number(value)).append('\n');
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
