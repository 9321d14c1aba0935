package org.retort.rest.internal;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.api.data.Column;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.auth.Caller;
import org.retort.store.Artifact;
import org.retort.store.Artifacts;
import org.retort.store.Membership;
import org.retort.store.Page;
import org.retort.store.Run;
import org.retort.store.RunQuery;
import org.retort.store.RunStatus;
import org.retort.store.Runs;
import org.retort.store.Workspaces;
import org.retort.web.JaxRsComponent;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * Runs: {@code /api/v1/runs} (the runs of the caller's workspaces), one run with per-node progress,
 * cancel, retry, node previews, outputs, and a Server-Sent Events stream of its progress. Runs are
 * started with {@code POST /api/v1/workflows/{id}/runs}; {@link RunService} does the work.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/runs")
public final class RunsResource implements JaxRsComponent {

    /** Seconds between keep-alive comments on a quiet event stream. */
    static final long KEEP_ALIVE_SECONDS = 15;

    private final Runs runs;
    private final Workspaces workspaces;
    private final Artifacts artifacts;
    private final RunService service;
    private final WorkspaceAccess access;

    @Activate
    public RunsResource(@Reference Runs runs, @Reference Workspaces workspaces, @Reference Artifacts artifacts,
            @Reference RunService service) {
        this.runs = runs;
        this.workspaces = workspaces;
        this.artifacts = artifacts;
        this.service = service;
        this.access = new WorkspaceAccess(workspaces);
    }

    /**
     * The runs of the caller's workspaces (an Admin: of all), newest first, optionally of one
     * workspace, one workflow and some statuses ({@code status=RUNNING,QUEUED}).
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("runs:read")
    public Map<String, Object> list(@QueryParam("workspace") String workspace, @QueryParam("workflow") String workflow,
            @QueryParam("status") List<String> status, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        Paging.offset(offset);
        Paging.limit(limit);
        RunQuery query = new RunQuery(null, blank(workflow), statuses(status), null);
        Page<Run> page;
        if (workspace != null && !workspace.isBlank()) {
            access.read(caller, workspace, "workspace '" + workspace + "'");
            page = runs.list(query.inWorkspace(workspace), offset, limit);
        } else if (WorkspaceAccess.isAdmin(caller)) {
            page = runs.list(query, offset, limit);
        } else {
            page = merged(workspaces.membershipsOf(caller.userId()).stream().map(Membership::workspaceId).toList(), query, offset, limit);
        }
        var map = new LinkedHashMap<String, Object>();
        map.put("items", page.items().stream().map(r -> service.view(r, false)).toList());
        map.put("total", page.total());
        map.put("offset", offset);
        map.put("limit", limit);
        return map;
    }

    /** One page of the runs of several workspaces, newest first: the first offset+limit of each, merged. */
    private Page<Run> merged(List<String> workspaceIds, RunQuery query, int offset, int limit) {
        var all = new ArrayList<Run>();
        long total = 0;
        for (String id : workspaceIds) {
            Page<Run> page = runs.list(query.inWorkspace(id), 0, offset + limit);
            all.addAll(page.items());
            total += page.total();
        }
        all.sort(Comparator.comparing(Run::createdAt).reversed().thenComparing(Run::id));
        List<Run> items = offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
        return new Page<>(items, total, offset, limit);
    }

    /** The run with per-node progress (live while it runs) and its outputs. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("runs:read")
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext security) {
        return service.view(readable(id, security), true);
    }

    /** Asks the run to stop: 202; 409 when it is over. */
    @POST
    @Path("{id}/cancel")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("runs:write")
    public Response cancel(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        Run run = writable(id, caller);
        return Response.status(202).entity(service.view(service.cancel(caller, run), true)).build();
    }

    /** Runs the same workflow version with the same inputs again, as a new run linked to this one: 202; 409 while it is not over. */
    @POST
    @Path("{id}/retry")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("runs:write")
    public Response retry(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        Run run = writable(id, caller);
        if (!run.status().finished()) {
            throw new ProblemException(409, "Conflict", "The run is " + run.status().name().toLowerCase(Locale.ROOT)
                    + "; retry it once it is over (or cancel it first).");
        }
        @SuppressWarnings("unchecked")
        Map<String, String> inputs = (Map<String, String>) service.view(run, false).get("inputs");
        Run retried = service.submit(caller, run.workspaceId(), run.workflowId(), run.workflowVersion(), inputs, run.id(), run.upTo());
        return Response.status(202).entity(service.view(retried, false)).build();
    }

    /**
     * The first rows that left a node's output port ({@code out} by default), while the engine keeps
     * them: {@code {"columns": [{name, type}], "rows": [[…]], "errors": {"<row index>": "why"}}}, molecules
     * as their text.
     */
    @GET
    @Path("{id}/nodes/{node}/preview")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("runs:read")
    public Map<String, Object> preview(@PathParam("id") String id, @PathParam("node") String node,
            @QueryParam("port") @DefaultValue("out") String port, @Context SecurityContext security) {
        Run run = readable(id, security);
        Table table = service.engineRun(run).flatMap(r -> r.preview(node, port)).orElseThrow(() -> WorkspaceAccess.notFound(
                "preview of port '" + port + "' of node '" + node + "' in this run (the node produced no rows there yet, or Retort has forgotten the run's previews since)"));
        var columns = new ArrayList<Map<String, String>>();
        for (Column column : table.schema().columns()) {
            columns.add(Map.of("name", column.name(), "type", column.type().name()));
        }
        var rows = new ArrayList<List<Object>>();
        var errors = new LinkedHashMap<String, String>();
        for (Row row : table.rows()) {
            var values = new ArrayList<Object>();
            for (Object value : row.values()) {
                values.add(value instanceof Molecule molecule ? molecule.text() : value);
            }
            if (row.error() != null) {
                errors.put(Integer.toString(rows.size()), row.error());
            }
            rows.add(values);
        }
        var map = new LinkedHashMap<String, Object>();
        map.put("node", node);
        map.put("port", port);
        map.put("columns", columns);
        map.put("rows", rows);
        map.put("errors", errors);
        return map;
    }

    /** The files the run's sinks wrote (recorded when it succeeded). */
    @GET
    @Path("{id}/outputs")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("runs:read")
    public List<RunService.Output> outputs(@PathParam("id") String id, @Context SecurityContext security) {
        return service.counters(readable(id, security)).outputs();
    }

    /** One output file, by name, as a download. */
    @GET
    @Path("{id}/outputs/{name}")
    @RequiresPermission("runs:read")
    public Response output(@PathParam("id") String id, @PathParam("name") String name, @Context SecurityContext security) {
        RunService.Output output = service.counters(readable(id, security)).outputs().stream().filter(o -> o.name().equals(name))
                .findFirst().orElseThrow(() -> WorkspaceAccess.notFound("output '" + name + "' of this run"));
        Artifact artifact = artifacts.find(output.sha256()).orElseThrow(() -> WorkspaceAccess.notFound("output '" + name + "' of this run"));
        return ArtifactsResource.file(artifacts, new Artifact(artifact.sha256(), artifact.size(), output.mediaType(), name,
                artifact.createdAt()), name);
    }

    /**
     * Server-Sent Events: {@code state} (the run now, with its nodes), then a {@code progress} event per
     * node update (the node's stats), {@code state} on each status change, and {@code end} (the final
     * run with its outputs) after which the stream closes; a comment every {@value #KEEP_ALIVE_SECONDS}
     * s keeps proxies from closing a quiet stream. For a run that is over: {@code state} and {@code end}.
     * Asynchronous (Jersey's {@link SseEventSink}): an open stream holds no request thread.
     */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RequiresPermission("runs:read")
    public void events(@PathParam("id") String id, @Context SecurityContext security, @Context SseEventSink sink, @Context Sse sse) {
        Run run = readable(id, security);
        ScheduledFuture<?> keepAlive = KEEP_ALIVE.scheduleWithFixedDelay(() -> {
            if (!sink.isClosed()) {
                sink.send(sse.newEventBuilder().comment("keep-alive").build());
            }
        }, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        service.subscribe(run, update -> {
            if (sink.isClosed()) {
                keepAlive.cancel(false);
                throw new IllegalStateException("the client left"); // RunService drops this subscriber
            }
            sink.send(sse.newEventBuilder().name(update.name()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(String.class, RunService.json(update.data())).build());
        }, () -> {
            keepAlive.cancel(false);
            sink.close();
        });
    }

    /** One daemon thread sends the keep-alive comments of every open event stream. */
    private static final ScheduledExecutorService KEEP_ALIVE = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "retort-sse-keep-alive");
        thread.setDaemon(true);
        return thread;
    });

    private Run readable(String id, SecurityContext security) {
        Run run = runs.find(id).orElseThrow(() -> WorkspaceAccess.notFound("run '" + id + "'"));
        access.read(WorkspaceAccess.caller(security), run.workspaceId(), "run '" + id + "'");
        return run;
    }

    private Run writable(String id, Caller caller) {
        Run run = runs.find(id).orElseThrow(() -> WorkspaceAccess.notFound("run '" + id + "'"));
        access.write(caller, run.workspaceId(), "run '" + id + "'");
        return run;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Set<RunStatus> statuses(List<String> values) {
        Set<RunStatus> statuses = EnumSet.noneOf(RunStatus.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String one : value.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(RunStatus.valueOf(one.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new ProblemException(400, "Bad Request", "Unknown status '" + one.strip() + "'; use "
                            + String.join(", ", EnumSet.allOf(RunStatus.class).stream().map(Enum::name).toList()) + ".");
                }
            }
        }
        return statuses;
    }
}
