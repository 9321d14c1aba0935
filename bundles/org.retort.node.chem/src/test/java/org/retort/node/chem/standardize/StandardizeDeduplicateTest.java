package org.retort.node.chem.standardize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.node.chem.standardize.Deduplicate.Mode;

class StandardizeDeduplicateTest {

    private final CountingContext context = new CountingContext();

    /** Aspirin three ways (plain, as hydrochloride, atoms in another order), ethanol, and a bad row. */
    private Table standardized() throws Exception {
        return new Standardize().process(StandardizeTest.table(
                "CC(=O)Oc1ccccc1C(=O)O", "aspirin",
                "CCO", "ethanol",
                "OC(=O)c1ccccc1OC(C)=O.Cl", "aspirin hydrochloride",
                "C1CC(", "broken",
                "O=C(O)c1ccccc1OC(=O)C", "aspirin again"), StandardizeTest.DEFAULTS, context);
    }

    @Test
    void dropSendsLaterOccurrencesToTheFailurePortNamingTheFirst() throws Exception {
        Table in = new Table(standardized().schema(), standardized().goodRows());
        Table out = new Deduplicate().process(Map.of("in", in), new Deduplicate.Params("inchikey", Mode.DROP), context).get("out");

        assertThat(out.size()).isEqualTo(in.size());
        assertThat(out.goodRows()).extracting(r -> r.string(1)).containsExactly("aspirin", "ethanol");
        assertThat(out.failedRows()).extracting(Row::recordNumber, Row::error)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "duplicate of record 1"),
                        org.assertj.core.groups.Tuple.tuple(5L, "duplicate of record 1"));
        assertThat(context.counter("duplicates")).isEqualTo(2);
    }

    @Test
    void flagKeepsEveryRowAndFillsDuplicateOf() throws Exception {
        Table in = new Table(standardized().schema(), standardized().goodRows());
        Table out = new Deduplicate().process(Map.of("in", in), new Deduplicate.Params("inchikey", Mode.FLAG), context).get("out");

        assertThat(out.failedRows()).isEmpty();
        assertThat(out.schema().names()).endsWith("duplicate_of");
        int last = out.schema().size() - 1;
        assertThat(out.rows()).extracting(r -> r.get(last)).containsExactly(null, null, 1L, 1L);
    }

    @Test
    void emptyKeysAreNeverDuplicates() {
        var schema = org.retort.api.data.Schema.of(org.retort.api.data.Column.of("key", org.retort.api.data.ColumnType.STRING));
        Table in = new Table(schema, java.util.List.of(Row.of(1, (Object) null), Row.of(2, (Object) null), Row.of(3, ""), Row.of(4, "")));
        Table out = new Deduplicate().process(Map.of("in", in), new Deduplicate.Params("key", Mode.DROP), context).get("out");
        assertThat(out.failedRows()).isEmpty();
    }

    @Test
    void configureAsksForTheInchikeyColumn() {
        assertThatThrownBy(() -> new Deduplicate().configure(Map.of("in", StandardizeTest.IN), new Deduplicate.Params("inchikey", Mode.DROP)))
                .hasMessageContaining("turn on InChIKey");
    }
}
