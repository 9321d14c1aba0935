package org.retort.engine.internal;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.retort.engine.internal.ExecutionPlan.Mode;
import org.retort.engine.workflow.ErrorPolicy;

/**
 * The compiled form of a run: one Camel route per node that runs or replays, each consuming the
 * node's bounded SEDA queue. Retries with exponential backoff are Camel's redelivery; what happens
 * when they are used up is the node's {@link Step#exhausted}. Routes and processors carry ids and
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
            from(node.uri()).routeId(node.plan.id()).routeDescription(RouteText.route(node))
                    .onException(CancellationException.class).handled(true).end()
                    .onException(Exception.class)
                        .maximumRedeliveries(node.plan.mode() == Mode.REPLAY ? 0 : policy.retries())
                        .redeliveryDelay(policy.backoffMillis()).useExponentialBackOff().backOffMultiplier(2.0)
                        .retryAttemptedLogLevel(LoggingLevel.DEBUG).logExhausted(false).logStackTrace(false)
                        .handled(true).process(step::exhausted)
                            .id(RouteText.exhaustedId(node)).description(RouteText.exhausted(node)).end()
                    .process(step).id(RouteText.stepId(node)).description(RouteText.step(node));
        }
    }

    private Step step(NodeRuntime node) {
        if (node.plan.mode() == Mode.REPLAY) {
            return new ReplayStep(node);
        }
        return switch (node.plan.type().kind()) {
            case SOURCE -> new SourceStep(node);
            case STREAMING -> new StreamingStep(node);
            case BARRIER -> new BarrierStep(node, node.plan.inputs());
            case SINK -> new SinkStep(node);
        };
    }
}
