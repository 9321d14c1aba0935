package org.retort.engine.internal;

import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.CircuitBreakerDefinition;
import org.apache.camel.model.Resilience4jConfigurationDefinition;
import org.apache.camel.model.RouteDefinition;
import org.retort.engine.workflow.ErrorPolicy;

/**
 * The body of a guarded streaming node's route: the end of the input goes straight to the step; each
 * chunk goes through Camel's resilience4j circuit breaker, with the policy's timeout and breaker, and
 * its result is then delivered. Without a breaker in the policy the breaker never opens (it is there
 * for the timeout). With one, the failure rate is taken over the last {@code minimumCalls} calls, and
 * after {@code openMillis} a single trial call decides whether the circuit closes again.
 */
final class GuardedRoute {

    private GuardedRoute() {
    }

    static void body(RouteDefinition route, NodeRuntime node, GuardedStep step) {
        ChoiceDefinition choice = route.choice();
        choice.when(exchange -> exchange.getIn().getBody(Envelope.class).end())
                .process(step).id(RouteText.stepId(node)).description(RouteText.end(node));
        choice.getWhenClauses().get(0).description("the end of the input (a Java predicate); chunks take 'otherwise'");
        choice.otherwise();
        CircuitBreakerDefinition breaker = choice.circuitBreaker();
        breaker.id(node.plan.id() + "-breaker").description(RouteText.breaker(node));
        configure(breaker.resilience4jConfiguration(), node.plan.node().onError()).end();
        breaker.process(step::call).id(node.plan.id() + "-call").description(RouteText.step(node));
        breaker.end();
        choice.process(step::deliver).id(node.plan.id() + "-deliver")
                .description("sends the result on in input order; a chunk the open circuit rejected goes to " + RouteText.rejectedId(node));
        choice.end();
    }

    private static Resilience4jConfigurationDefinition configure(Resilience4jConfigurationDefinition config, ErrorPolicy policy) {
        if (policy.timeoutMillis() > 0) {
            config.timeoutEnabled(true).timeoutDuration(Math.toIntExact(policy.timeoutMillis()));
        }
        ErrorPolicy.CircuitBreaker breaker = policy.circuitBreaker();
        if (breaker == null) {
            return config.slidingWindowType("TIME_BASED").slidingWindowSize(1).minimumNumberOfCalls(Integer.MAX_VALUE);
        }
        return config.failureRateThreshold(breaker.failureRatePercent())
                .slidingWindowSize(breaker.minimumCalls()).minimumNumberOfCalls(breaker.minimumCalls())
                .waitDurationInOpenState(Math.toIntExact(breaker.openMillis() / 1000))
                .permittedNumberOfCallsInHalfOpenState(1);
    }
}
