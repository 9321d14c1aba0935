package org.retort.node.table;

import org.retort.api.testing.RecordingContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retort.node.table.Triage.ASPIRIN;
import static org.retort.node.table.Triage.CATECHOL;
import static org.retort.node.table.Triage.ERLOTINIB;
import static org.retort.node.table.Triage.GEFITINIB;
import static org.retort.node.table.Triage.IMATINIB;
import static org.retort.node.table.Triage.RHODANINE;
import static org.retort.node.table.Triage.ids;
import static org.retort.node.table.Triage.in;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.node.table.Sort.Order;

class SortTest {

    private static Table sort(Table table, String column, Order order) throws Exception {
        return sort(table, new Sort.Params(column, order, "", Order.ASCENDING, "", Order.ASCENDING));
    }

    private static Table sort(Table table, Sort.Params params) throws Exception {
        return new Sort().process(in(table), params, new RecordingContext()).get("out");
    }

    @Test
    void descendingPotencyKeepsTiesInRecordOrderAndTheUnmeasuredCompoundLast() throws Exception {
        Table out = sort(Triage.table(), "p_activity", Order.DESCENDING);
        // gefitinib (record 2) and erlotinib (record 6) tie at 8.52: a stable sort keeps 2 before 6
        assertThat(ids(out)).containsExactly(GEFITINIB, ERLOTINIB, IMATINIB, RHODANINE, CATECHOL, ASPIRIN);
        assertThat(out.rows()).extracting(Row::recordNumber).containsExactly(2L, 6L, 1L, 3L, 4L, 5L);
        assertThat(out.schema()).isEqualTo(Triage.SCHEMA);
    }

    @Test
    void emptyCellsStayLastWhenAscendingToo() throws Exception {
        assertThat(ids(sort(Triage.table(), "le", Order.ASCENDING)))
                .containsExactly(IMATINIB, GEFITINIB, ERLOTINIB, RHODANINE, CATECHOL, ASPIRIN);
    }

    @Test
    void integersSortNumericallyNotAsText() throws Exception {
        Table out = sort(Triage.table(), "heavy_atoms", Order.ASCENDING);
        assertThat(out.rows()).extracting(r -> r.get(3)).containsExactly(9L, 13L, 14L, 29L, 31L, 37L);
    }

    @Test
    void secondKeyBreaksTiesOfTheFirstAndBooleansOrderFalseBeforeTrue() throws Exception {
        var passFirstThenEfficiency = new Sort.Params("pains_pass", Order.DESCENDING, "le", Order.DESCENDING, "", Order.ASCENDING);
        assertThat(ids(sort(Triage.table(), passFirstThenEfficiency)))
                .containsExactly(ERLOTINIB, GEFITINIB, IMATINIB, ASPIRIN, CATECHOL, RHODANINE);
        var flaggedFirst = new Sort.Params("pains_pass", Order.ASCENDING, "p_activity", Order.DESCENDING, "id", Order.ASCENDING);
        assertThat(ids(sort(Triage.table(), flaggedFirst)))
                .containsExactly(RHODANINE, CATECHOL, ERLOTINIB, GEFITINIB, IMATINIB, ASPIRIN);
    }

    @Test
    void moleculesSortByTheirText() throws Exception {
        assertThat(sort(Triage.table(), "smiles", Order.ASCENDING).rows()).extracting(r -> r.string(1)).containsExactly(
                "CC(=O)Oc1ccccc1C(=O)O",
                "COCCOc1cc2ncnc(Nc3cccc(C#C)c3)c2cc1OCCOC",
                "COc1cc2ncnc(Nc3ccc(F)c(Cl)c3)c2cc1OCCCN1CCOCC1",
                "Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1",
                "Cc1ccc(O)c(O)c1",
                "O=C1NC(=S)S/C1=C/c1ccccc1");
    }

    @Test
    void stringsSortByCodePointAndBlankTextCountsAsEmpty() throws Exception {
        Schema schema = Schema.of(Column.of("name", ColumnType.STRING));
        Table names = new Table(schema, List.of(Row.of(1, "b"), Row.of(2, "\uD83D\uDE00 smile"), Row.of(3, " "),
                Row.of(4, "\uFFFD"), Row.of(5, "B"), Row.of(6, (Object) null), Row.of(7, "a")));
        // String.compareTo would put U+1F600 (a surrogate pair starting 0xD83D) before U+FFFD
        assertThat(sort(names, "name", Order.ASCENDING).rows()).extracting(Row::recordNumber)
                .containsExactly(5L, 7L, 1L, 4L, 2L, 3L, 6L);
    }

    @Test
    void notANumberSortsLikeAnEmptyCellAndNegativeZeroEqualsZero() throws Exception {
        Schema schema = Schema.of(Column.of("x", ColumnType.DOUBLE));
        Table values = new Table(schema, List.of(Row.of(1, Double.NaN), Row.of(2, 0.0), Row.of(3, -1.5),
                Row.of(4, -0.0), Row.of(5, Double.POSITIVE_INFINITY)));
        assertThat(sort(values, "x", Order.DESCENDING).rows()).extracting(Row::recordNumber).containsExactly(5L, 2L, 4L, 3L, 1L);
    }

    @Test
    void rowsThatFailedUpstreamPassThroughUntouchedAfterTheSortedOnes() throws Exception {
        Table out = sort(Triage.withFailedRow(), "p_activity", Order.DESCENDING);
        assertThat(out.size()).isEqualTo(7);
        assertThat(ids(out).get(0)).isEqualTo(GEFITINIB);
        assertThat(out.rows().get(6)).isEqualTo(Triage.withFailedRow().rows().get(6));
    }

    @Test
    void anInputThatReceivedNoChunkComesBackEmpty() throws Exception {
        Table none = Table.empty(Schema.EMPTY); // what the engine's BarrierStep passes for a connected input without chunks
        assertThat(sort(none, "p_activity", Order.DESCENDING)).isEqualTo(none);
    }

    @Test
    void configureKeepsTheSchemaAndNamesAMissingColumn() {
        Sort sort = new Sort();
        assertThat(sort.configure(Map.of("in", Triage.SCHEMA), new Sort.Params("le", Order.DESCENDING, "", Order.ASCENDING, "", Order.ASCENDING)))
                .containsEntry("out", Triage.SCHEMA);
        assertThatThrownBy(() -> sort.configure(Map.of("in", Triage.SCHEMA),
                new Sort.Params("p_activity", Order.DESCENDING, "pIC50", Order.ASCENDING, "", Order.ASCENDING)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no column 'pIC50'").hasMessageContaining("then by");
        assertThatThrownBy(() -> sort(Triage.table(), "ligand_efficiency", Order.ASCENDING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column 'ligand_efficiency'");
        assertThatThrownBy(() -> sort.configure(Map.of("in", Triage.SCHEMA), new Sort.Params(" ", Order.DESCENDING, "", Order.ASCENDING, "", Order.ASCENDING)))
                .hasMessageContaining("choose a column");
    }
}
