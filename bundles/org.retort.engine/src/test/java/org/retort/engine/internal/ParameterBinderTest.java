package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.testnodes.ScaleNode;
import org.retort.engine.workflow.ValidationProblem;

class ParameterBinderTest {

    private final NodeDescriptor scale = TestCatalog.of(new ScaleNode()).find("test.scale", "1.0.0").orElseThrow();

    @Test
    void defaultsFillWhatIsNotGiven() {
        var params = (ScaleNode.Params) scale.bindParameters(Map.of("factor", 3));
        assertThat(params).isEqualTo(new ScaleNode.Params("n", 3.0, ScaleNode.Rounding.NONE, "scaled", ""));
    }

    @Test
    void everyProblemIsReportedAndNamesItsParameter() {
        var problems = scale.validateParameters(Map.of("factor", 250, "rounding", "UP", "label", "Bad Label",
                "column", 7, "colour", "red"));
        assertThat(problems).extracting(ValidationProblem::toString).containsExactlyInAnyOrder(
                "parameters.column: parameter 'column': expected a string, got 7",
                "parameters.factor: parameter 'factor': must be between 0.0 and 100.0, got 250.0",
                "parameters.rounding: parameter 'rounding': expected one of [NONE, FLOOR, CEIL], got \"UP\"",
                "parameters.label: parameter 'label': \"Bad Label\" does not match [a-z]+",
                "parameters.colour: unknown parameter 'colour' (known: [column, factor, rounding, label, token])");
    }

    @Test
    void aMissingRequiredParameterIsNamedWithItsTitle() {
        NodeDescriptor flaky = TestCatalog.of(new org.retort.engine.testnodes.FlakyNode()).nodeTypes().get(0);
        assertThat(flaky.validateParameters(Map.of("failures", 1.5))).extracting(ValidationProblem::toString).containsExactly(
                "parameters.failOn: parameter 'failOn' (Fail on record) is required",
                "parameters.failures: parameter 'failures': expected an integer, got 1.5");
        assertThatThrownBy(() -> flaky.bindParameters(Map.of())).hasMessageContaining("'failOn' (Fail on record) is required");
    }

    @Test
    void theCanonicalFormIsTheSameForEverySpellingOfTheSameSettings() {
        assertThat(ParameterBinder.canonical(scale, Map.of("factor", 2)))
                .isEqualTo(ParameterBinder.canonical(scale, Map.of("factor", 2.0, "column", "n")))
                .isNotEqualTo(ParameterBinder.canonical(scale, Map.of("factor", 2.5)));
    }
}
