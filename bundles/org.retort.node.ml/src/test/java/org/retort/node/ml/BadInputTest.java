package org.retort.node.ml;

import org.retort.api.testing.RecordingContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;

class BadInputTest {

    private final RecordingContext context = new RecordingContext();

    private static Train.Params params(Task task, String features, MissingValues missing, String threshold) {
        return new Train.Params(task, "y", features, "", Algorithm.CART, missing, threshold, "", 1, 0, 7);
    }

    private Table train(Table table, Train.Params params) {
        return new Train().process(Map.of("in", table), params, context).get("model");
    }

    @Test
    void aTextTargetThatIsNotANumberFailsItsRowAndTheOthersTrain() {
        Table table = Tables.of(ColumnType.STRING, new Object[] {1.0, 2.0, 1.0, "3.5"}, new Object[] {2.0, 1.0, 1.0, "n/a"},
                new Object[] {3.0, 0.0, 1.0, "7"}, new Object[] {4.0, 5.0, 1.0, "9.25"});
        Table out = train(table, params(Task.REGRESSION, "x1,x2", MissingValues.FAIL_ROW, ""));
        assertThat(out.goodRows()).hasSize(1);
        assertThat(out.failedRows()).extracting(Row::recordNumber, Row::error).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "target 'y' is not a number: 'n/a'"));
        assertThat(TrainedModel.from(out).trainingRows()).isEqualTo(3);
    }

    @Test
    void aTargetColumnThatCannotHoldNumbersIsADesignTimeErrorNamingIt() {
        Schema schema = Tables.of(ColumnType.BOOLEAN).schema();
        assertThatThrownBy(() -> new Train().configure(Map.of("in", schema), params(Task.REGRESSION, "x1", MissingValues.FAIL_ROW, "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("target column 'y' holds BOOLEAN, not numbers");
        assertThatThrownBy(() -> new Train().configure(Map.of("in", Tables.of(ColumnType.DOUBLE).schema()),
                params(Task.CLASSIFICATION, "x1", MissingValues.FAIL_ROW, ""))).hasMessageContaining("for numbers give a class threshold");
    }

    @Test
    void unknownColumnsAreNamedAtDesignTimeAndAtRunTime() {
        Table table = Tables.linear(10);
        assertThatThrownBy(() -> new Evaluate().configure(Map.of("in", table.schema()), new Evaluate.Params(Task.REGRESSION, "y", "x1,x9", "",
                Algorithm.CART, MissingValues.FAIL_ROW, "", "", 1, 0, 1, Evaluate.Validation.SPLIT, 0.2, 5)))
                .hasMessageStartingWith("no feature column 'x9'");
        assertThatThrownBy(() -> train(table, new Train.Params(Task.REGRESSION, "pIC50", "x1", "", Algorithm.CART, MissingValues.FAIL_ROW,
                "", "", 1, 0, 1))).hasMessageStartingWith("no target column 'pIC50'");
        assertThatThrownBy(() -> train(table, params(Task.REGRESSION, "", MissingValues.FAIL_ROW, "")))
                .hasMessage("choose feature columns: name them or give a column name prefix");
        assertThatThrownBy(() -> train(table, new Train.Params(Task.REGRESSION, "y", "", "ecfp", Algorithm.CART, MissingValues.FAIL_ROW,
                "", "", 1, 0, 1))).hasMessageStartingWith("no column starts with the feature prefix 'ecfp'");
    }

    @Test
    void constantFeatureColumnsAreLeftOutWithAWarningAndOnlyConstantOnesAreAnError() {
        Table model = train(Tables.linear(30), params(Task.REGRESSION, "x1,x2,flat", MissingValues.FAIL_ROW, ""));
        assertThat(TrainedModel.from(model).features()).containsExactly("x1", "x2");
        assertThat(context.warnings()).containsExactly("1 constant feature column(s) left out: [flat]");
        assertThat(context.counter(Examples.CONSTANT)).isEqualTo(1);
        assertThatThrownBy(() -> train(Tables.linear(30), params(Task.REGRESSION, "flat", MissingValues.FAIL_ROW, "")))
                .hasMessageContaining("every feature column is constant");
    }

    @Test
    void oneClassOnlyIsAnError() {
        assertThatThrownBy(() -> train(Tables.linear(30), params(Task.CLASSIFICATION, "x1,x2", MissingValues.FAIL_ROW, "100")))
                .hasMessage("target 'y' has one class only ([inactive]): a classifier needs at least two; change the class threshold");
    }

    @Test
    void anEmptyTableIsAnError() {
        assertThatThrownBy(() -> train(Table.empty(Tables.linear(1).schema()), params(Task.REGRESSION, "x1", MissingValues.FAIL_ROW, "")))
                .hasMessage("no rows to learn from: 0 rows in, 0 failed, 0 dropped for a missing value");
    }

    @Test
    void missingValuesAreDroppedFailedOrImputedAsChosen() {
        Table table = Tables.of(ColumnType.DOUBLE, new Object[] {1.0, 2.0, 1.0, 3.0}, new Object[] {null, 1.0, 1.0, 1.0},
                new Object[] {3.0, 0.0, 1.0, null}, new Object[] {4.0, Double.NaN, 1.0, 9.0}, new Object[] {5.0, 5.0, 1.0, 6.0});
        Table failed = train(table, params(Task.REGRESSION, "x1,x2", MissingValues.FAIL_ROW, ""));
        assertThat(failed.failedRows()).extracting(Row::error).containsExactly("no value in feature column 'x1'",
                "no value in target column 'y'", "no value in feature column 'x2'");
        assertThat(TrainedModel.from(failed).trainingRows()).isEqualTo(2);

        Table dropped = train(table, params(Task.REGRESSION, "x1,x2", MissingValues.DROP_ROW, ""));
        assertThat(dropped.failedRows()).isEmpty();
        assertThat(context.counter(Examples.DROPPED)).isEqualTo(3);

        Table imputed = train(table, params(Task.REGRESSION, "x1,x2", MissingValues.IMPUTE_MEAN, ""));
        assertThat(imputed.failedRows()).extracting(Row::error).containsExactly("no value in target column 'y'");
        assertThat(TrainedModel.from(imputed).trainingRows()).isEqualTo(4);
    }
}
