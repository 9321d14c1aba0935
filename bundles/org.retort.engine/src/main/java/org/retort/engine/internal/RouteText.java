package org.retort.engine.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.retort.engine.internal.ExecutionPlan.Mode;
import org.retort.engine.workflow.ErrorPolicy;
import org.retort.engine.workflow.PortRef;

/**
 * The ids and descriptions {@link RunRoutes} puts on a node's route and processors. The work of a node
 * is Java code that Camel can only show as an opaque processor reference, and chunks reach the next
 * node through the outlet rather than a {@code to} in the route; these texts are what tells a reader
 * of the exported routes (IT review, Camel's own tooling) which node runs what and where its rows go.
 */
final class RouteText {

    private RouteText() {
    }

    /** The id of the processor that does the node's work. */
    static String stepId(NodeRuntime node) {
        return node.plan.id() + "-work";
    }

    /** The id of the processor that runs when the node's retries are used up. */
    static String exhaustedId(NodeRuntime node) {
        return node.plan.id() + "-exhausted";
    }

    /** The id of the processor that handles a chunk the open circuit rejected. */
    static String rejectedId(NodeRuntime node) {
        return node.plan.id() + "-rejected";
    }

    /** What happens to a chunk the open circuit rejected. */
    static String rejected(NodeRuntime node) {
        return "the circuit breaker of node '" + node.plan.id() + "' is open: no retry, then " + then(node.plan.node().onError());
    }

    /** What the guarded node's breaker does, e.g. {@code timeout 2000 ms; opens at 50% failures of the last 10 calls for 30 s}. */
    static String breaker(NodeRuntime node) {
        ErrorPolicy policy = node.plan.node().onError();
        String timeout = policy.timeoutMillis() > 0 ? "timeout " + policy.timeoutMillis() + " ms" : "no timeout";
        ErrorPolicy.CircuitBreaker breaker = policy.circuitBreaker();
        return timeout + "; " + (breaker == null ? "never opens" : "opens at " + breaker.failureRatePercent()
                + "% failures of the last " + breaker.minimumCalls() + " calls for " + breaker.openMillis() / 1000 + " s");
    }

    /** What the guarded node's route does with the end of its input. */
    static String end(NodeRuntime node) {
        return "ends the output of node '" + node.plan.id() + "' once every chunk before the end has gone";
    }

    /** E.g. {@code node 'scale': test.scale@1.0.0, streaming; out -> position.in, failure -> failures.in}. */
    static String route(NodeRuntime node) {
        String text = "node '" + node.plan.id() + "': " + node.plan.type().key() + ", " + kind(node);
        String targets = node.plan.targets().entrySet().stream()
                .map(e -> e.getKey() + " -> " + refs(e.getValue()))
                .collect(Collectors.joining(", "));
        return targets.isEmpty() ? text : text + "; " + targets;
    }

    /** What the node's work processor does with each message of its queue. */
    static String step(NodeRuntime node) {
        String type = node.plan.type().key();
        if (node.plan.mode() == Mode.REPLAY) {
            return "replays the cached output of " + type + " on the start signal";
        }
        return switch (node.plan.type().kind()) {
            case SOURCE -> "runs source " + type + " on the start signal and sends its chunks in order";
            case STREAMING -> node.feeder() != null
                    ? "runs " + type + " on each chunk of node '" + node.feeder().plan.id()
                            + "' in that node's threads, right after it (fused; this queue only carries the end)"
                    : "runs " + type + " on each chunk, chunks in parallel, results sent in input order";
            case BARRIER -> "collects every chunk of " + ports(node) + ", then runs " + type + " on the whole tables";
            case SINK -> "writes each chunk, in order, with " + type;
        };
    }

    /** What happens to a chunk on which the node threw and its retries are used up. */
    static String exhausted(NodeRuntime node) {
        ErrorPolicy policy = node.plan.node().onError();
        String retries = node.plan.mode() == Mode.REPLAY || policy.retries() == 0 ? "no retry"
                : policy.retries() + " retries from " + policy.backoffMillis() + " ms, doubling";
        return "node '" + node.plan.id() + "' threw" + (policy.timeoutMillis() > 0 ? " or timed out" : "") + ": " + retries
                + ", then " + then(policy);
    }

    private static String then(ErrorPolicy policy) {
        return switch (policy.then()) {
            case ROUTE -> "the chunk's rows go to the failure port";
            case FALLBACK -> "node '" + policy.fallback() + "' processes the chunk instead";
            case FAIL -> "the run fails";
        };
    }

    private static String kind(NodeRuntime node) {
        String kind = node.plan.type().kind().name().toLowerCase(Locale.ROOT);
        return node.plan.mode() == Mode.REPLAY ? kind + ", replayed from the cache" : kind;
    }

    private static String refs(List<PortRef> refs) {
        return refs.stream().map(PortRef::toString).collect(Collectors.joining(" + "));
    }

    private static String ports(NodeRuntime node) {
        return node.plan.inputs().stream().sorted().collect(Collectors.joining(", "));
    }
}
