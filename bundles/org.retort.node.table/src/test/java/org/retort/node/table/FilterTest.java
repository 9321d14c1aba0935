package org.retort.node.table;

import org.retort.api.testing.RecordingContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retort.node.table.Operator.CONTAINS;
import static org.retort.node.table.Operator.EQUAL;
import static org.retort.node.table.Operator.GREATER;
import static org.retort.node.table.Operator.GREATER_OR_EQUAL;
import static org.retort.node.table.Operator.IS_EMPTY;
import static org.retort.node.table.Operator.IS_FALSE;
import static org.retort.node.table.Operator.IS_NOT_EMPTY;
import static org.retort.node.table.Operator.IS_TRUE;
import static org.retort.node.table.Operator.LESS;
import static org.retort.node.table.Operator.LESS_OR_EQUAL;
import static org.retort.node.table.Operator.NOT_EQUAL;
import static org.retort.node.table.Triage.ASPIRIN;
import static org.retort.node.table.Triage.CATECHOL;
import static org.retort.node.table.Triage.ERLOTINIB;
import static org.retort.node.table.Triage.GEFITINIB;
import static org.retort.node.table.Triage.IMATINIB;
import static org.retort.node.table.Triage.RHODANINE;
import static org.retort.node.table.Triage.ids;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Table;
import org.retort.node.table.Filter.Combine;

class FilterTest {

    private final RecordingContext context = new RecordingContext();

    private static Filter.Params one(String column, Operator operator, String value) {
        return new Filter.Params(column, operator, value, Combine.AND, "", EQUAL, "", "", EQUAL, "");
    }

    private Table filter(Table chunk, Filter.Params params) {
        return new Filter().process(chunk, params, context);
    }

    private Table filter(Filter.Params params) {
        return filter(Triage.table(), params);
    }

    @Test
    void keepsPotentCompoundsAndCountsTheRestIncludingTheUnmeasuredOne() {
        Table out = filter(one("p_activity", GREATER_OR_EQUAL, "6"));
        assertThat(ids(out)).containsExactly(IMATINIB, GEFITINIB, ERLOTINIB);
        assertThat(out.rows()).noneMatch(r -> r.failed());
        assertThat(context.counter(Filter.FILTERED_OUT)).isEqualTo(3);
    }

    @Test
    void comparisonsAreNumericAndStrict() {
        assertThat(ids(filter(one("p_activity", GREATER, "8.52")))).isEmpty();
        assertThat(ids(filter(one("p_activity", LESS, "5.85")))).containsExactly(CATECHOL);
        assertThat(ids(filter(one("p_activity", LESS_OR_EQUAL, "5.85")))).containsExactly(RHODANINE, CATECHOL);
        assertThat(ids(filter(one("heavy_atoms", LESS, "13")))).containsExactly(CATECHOL);
        assertThat(ids(filter(one("heavy_atoms", EQUAL, "29.0")))).containsExactly(ERLOTINIB);
        assertThat(ids(filter(one("p_activity", EQUAL, " 8.52 ")))).containsExactly(GEFITINIB, ERLOTINIB);
    }

    @Test
    void andNeedsEveryConditionOrNeedsOne() {
        var potentAndEfficient = new Filter.Params("p_activity", GREATER_OR_EQUAL, "6", Combine.AND,
                "le", GREATER_OR_EQUAL, "0.3", "pains_pass", IS_TRUE, "");
        assertThat(ids(filter(potentAndEfficient))).containsExactly(GEFITINIB, ERLOTINIB);
        var potentOrVeryEfficient = new Filter.Params("p_activity", GREATER, "8", Combine.OR, "le", GREATER, "0.7", "", EQUAL, "");
        assertThat(ids(filter(potentOrVeryEfficient))).containsExactly(GEFITINIB, CATECHOL, ERLOTINIB);
    }

    @Test
    void booleanAndEmptinessTests() {
        assertThat(ids(filter(one("pains_pass", IS_FALSE, "")))).containsExactly(RHODANINE, CATECHOL);
        assertThat(ids(filter(one("pains_pass", EQUAL, "TRUE")))).containsExactly(IMATINIB, GEFITINIB, ASPIRIN, ERLOTINIB);
        assertThat(ids(filter(one("p_activity", IS_EMPTY, "")))).containsExactly(ASPIRIN);
        assertThat(ids(filter(one("le", IS_NOT_EMPTY, "")))).containsExactly(IMATINIB, GEFITINIB, RHODANINE, CATECHOL, ERLOTINIB);
        // the PAINS node writes "" when no family hit: blank text is empty
        assertThat(ids(filter(one("pains_families", IS_EMPTY, "")))).containsExactly(IMATINIB, GEFITINIB, ASPIRIN, ERLOTINIB);
    }

    @Test
    void notEqualIsTheExactComplementOfEqualSoItKeepsEmptyCells() {
        assertThat(ids(filter(one("pains_families", NOT_EQUAL, "A")))).containsExactly(IMATINIB, GEFITINIB, ASPIRIN, ERLOTINIB);
        assertThat(ids(filter(one("p_activity", NOT_EQUAL, "8.52")))).containsExactly(IMATINIB, RHODANINE, CATECHOL, ASPIRIN);
    }

    @Test
    void textMatchingIsExactAndCaseSensitiveAndWorksOnMoleculeText() {
        assertThat(ids(filter(one("id", EQUAL, "CHEMBL941")))).containsExactly(IMATINIB);
        assertThat(ids(filter(one("id", EQUAL, "chembl941")))).isEmpty();
        assertThat(ids(filter(one("smiles", CONTAINS, "Cl")))).containsExactly(GEFITINIB);
        assertThat(ids(filter(one("smiles", EQUAL, "Cc1ccc(O)c(O)c1")))).containsExactly(CATECHOL);
        assertThat(ids(filter(one("id", CONTAINS, "CHEMBL")))).containsExactly(IMATINIB, GEFITINIB, ASPIRIN, ERLOTINIB);
    }

    @Test
    void rowsThatFailedUpstreamPassUntouchedAndAreNotCounted() {
        Table out = filter(Triage.withFailedRow(), one("p_activity", LESS, "6"));
        assertThat(ids(out)).containsExactly(RHODANINE, CATECHOL);
        assertThat(out.failedRows()).containsExactly(Triage.withFailedRow().rows().get(6));
        assertThat(context.counter(Filter.FILTERED_OUT)).isEqualTo(4);
    }

    @Test
    void countsAcrossChunksAddUp() {
        var params = one("pains_pass", IS_TRUE, "");
        Table all = Triage.table();
        filter(new Table(all.schema(), all.rows().subList(0, 3)), params);
        filter(new Table(all.schema(), all.rows().subList(3, 6)), params);
        assertThat(context.counter(Filter.FILTERED_OUT)).isEqualTo(2);
    }

    @Test
    void configureNamesAMissingColumnOrAnOperatorThatDoesNotFitTheColumn() {
        assertProblem(one("pIC50", GREATER, "6"), "condition 1: no column 'pIC50'");
        assertProblem(one("id", GREATER, "6"), "condition 1: column 'id' is STRING, but '>' needs a number column");
        assertProblem(one("p_activity", CONTAINS, "8"), "column 'p_activity' is DOUBLE, but 'contains' needs a text column");
        assertProblem(one("le", IS_TRUE, ""), "column 'le' is DOUBLE, but 'is true' needs a BOOLEAN column");
        assertProblem(one("p_activity", GREATER_OR_EQUAL, "six"), "'six' is not a number (column 'p_activity' is DOUBLE)");
        assertProblem(one("p_activity", GREATER_OR_EQUAL, "NaN"), "'NaN' is not a number");
        assertProblem(one("pains_pass", EQUAL, "yes"), "'yes' is not true or false");
        assertProblem(one("id", EQUAL, ""), "use 'is empty' or 'is not empty'");
        assertProblem(one("p_activity", IS_EMPTY, "6"), "'is empty' takes no value");
        assertProblem(new Filter.Params("p_activity", GREATER, "6", Combine.AND, "", EQUAL, "0.3", "", EQUAL, ""),
                "condition 2 has the value '0.3' but no column");
        assertProblem(new Filter.Params("p_activity", GREATER, "6", Combine.OR, "", EQUAL, "", "ligand_efficiency", GREATER, "0.3"),
                "condition 3: no column 'ligand_efficiency'");
        assertProblem(one("", GREATER, "6"), "condition 1: choose a column");
    }

    @Test
    void configureKeepsTheSchemaAndTheSameChecksGuardProcessing() {
        assertThat(new Filter().configure(Map.of("in", Triage.SCHEMA), one("le", GREATER, "0.3"))).containsEntry("out", Triage.SCHEMA);
        assertThatThrownBy(() -> filter(one("id", LESS, "6"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 'id' is STRING");
    }

    private static void assertProblem(Filter.Params params, String message) {
        assertThatThrownBy(() -> new Filter().configure(Map.of("in", Triage.SCHEMA), params))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
