package org.retort.engine.internal;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.OnExceptionDefinition;
import org.apache.camel.model.RouteDefinition;
import org.retort.engine.internal.ExecutionPlan.Mode;
import org.retort.engine.workflow.ErrorPolicy;

/**
 * The compiled form of a run: one Camel route per node that runs or replays, each consuming the
 * node's bounded SEDA queue. Retries with exponential backoff are Camel's redelivery; what happens
 * when they are used up is the node's {@link Step#exhausted}. A streaming node with a timeout, circuit
 * breaker or fallback calls its node through Camel's resilience4j circuit breaker ({@link GuardedRoute});
 * a chunk the open circuit rejects goes to {@link Step#exhausted} without retries. Routes and processors carry ids and
 * descriptions ({@link RouteText}) so the routes read well when exported ({@link CamelYamlExport}).
 */
final class RunRoutes extends RouteBuilder {

    private final List<NodeRuntime> nodes;

    RunRoutes(List<NodeRuntime> nodes) {
        this.nodes = nodes;
    }

    @Override
    public void configure() {
        for (NodeRuntime node : nodes) {
            Step step = step(node);
            ErrorPolicy policy = node.plan.node().onError();
            RouteDefinition route = from(node.uri()).routeId(node.plan.id()).routeDescription(RouteText.route(node));
            route.onException(CancellationException.class).handled(true).end();
            if (step instanceof GuardedStep) {
                route.onException(CircuitOpenException.class).maximumRedeliveries(0).logExhausted(false).logStackTrace(false)
                        .handled(true).process(step::exhausted)
                            .id(RouteText.rejectedId(node)).description(RouteText.rejected(node)).end();
            }
            OnExceptionDefinition failed = route.onException(Exception.class)
                    .maximumRedeliveries(node.plan.mode() == Mode.REPLAY ? 0 : policy.retries())
                    .redeliveryDelay(policy.backoffMillis()).useExponentialBackOff().backOffMultiplier(2.0)
                    .retryAttemptedLogLevel(LoggingLevel.DEBUG).logExhausted(false).logStackTrace(false);
            if (step instanceof GuardedStep guarded) {
                failed.onExceptionOccurred(guarded::occurred);
            }
            failed.handled(true).process(step::exhausted).id(RouteText.exhaustedId(node)).description(RouteText.exhausted(node)).end();
            if (step instanceof GuardedStep guarded) {
                GuardedRoute.body(route, node, guarded);
            } else {
                route.process(step).id(RouteText.stepId(node)).description(RouteText.step(node));
            }
        }
    }

    private Step step(NodeRuntime node) {
        if (node.plan.mode() == Mode.REPLAY) {
            return new ReplayStep(node);
        }
        return switch (node.plan.type().kind()) {
            case SOURCE -> new SourceStep(node);
            case STREAMING -> node.plan.node().onError().guarded() ? new GuardedStep(node) : new StreamingStep(node);
            case BARRIER -> new BarrierStep(node, node.plan.inputs());
            case SINK -> new SinkStep(node);
        };
    }
}
