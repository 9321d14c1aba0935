package org.retort.node.chem.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.node.chem.standardize.CountingContext;

class DescriptorsTest {

    private static final Schema IN = Schema.of(Column.of("id", ColumnType.STRING), Column.of("smiles", ColumnType.MOLECULE));
    private static final Descriptors.Params ALL = new Descriptors.Params("", true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true);
    private static final Descriptors.Params SIX = new Descriptors.Params("smiles", true, false, false, false, true, false, true, false, true, false, true, false, false, false, false, false);

    private final CountingContext context = new CountingContext();

    private static Table table(String... smiles) {
        var rows = new ArrayList<Row>();
        for (int i = 0; i < smiles.length; i++) {
            rows.add(Row.of(i + 1, "m" + (i + 1), Molecule.smiles(smiles[i])));
        }
        return new Table(IN, rows);
    }

    @Test
    void everyDescriptorHasItsStableColumn() {
        Schema out = new Descriptors().configure(Map.of("in", IN), ALL).get("out");
        assertThat(out.names()).containsExactly("id", "smiles", "mw", "exact_mass", "formula", "heavy_atoms", "xlogp", "alogp", "tpsa",
                "tpsa_sp", "hbd_lipinski", "hba_lipinski", "hbd_cdk", "hba_cdk", "rotatable_bonds", "rings", "aromatic_rings", "fsp3",
                "formal_charge", "lipinski_violations", "lipinski_pass", "veber_pass");
        assertThat(new Descriptors().configure(Map.of("in", IN), SIX).get("out").names())
                .containsExactly("id", "smiles", "mw", "xlogp", "tpsa", "hbd_lipinski", "hba_lipinski", "rotatable_bonds");
    }

    @Test
    void aChunkOfGoodAndBadRowsLosesNothingAndAMissingValueIsNullNotAFailure() throws Exception {
        Table in = table("CC(=O)Oc1ccccc1C(=O)O", "C1CC(", "[Na+].[Cl-]", "", "CS(=O)(=O)c1ccc(N)cc1");
        Table out = new Descriptors().process(in, ALL, context);

        assertThat(out.size()).isEqualTo(in.size());
        assertThat(out.goodRows().size() + out.failedRows().size()).isEqualTo(in.size());
        assertThat(out.failedRows()).extracting(Row::recordNumber).containsExactly(2L, 4L);
        assertThat(out.failedRows().get(1).error()).isEqualTo("empty SMILES");

        Row aspirin = out.rows().get(0);
        int mw = out.schema().index("mw");
        assertThat(aspirin.get(mw)).isEqualTo(180.1578);
        assertThat(aspirin.get(out.schema().index("tpsa"))).isEqualTo(63.6);
        assertThat(aspirin.get(out.schema().index("heavy_atoms"))).isEqualTo(13L);
        assertThat(aspirin.get(out.schema().index("lipinski_pass"))).isEqualTo(true);

        Row salt = out.rows().get(2);
        assertThat(salt.failed()).isFalse();
        assertThat(salt.get(out.schema().index("fsp3"))).isNull();
        assertThat(salt.get(out.schema().index("formal_charge"))).isEqualTo(0L);
        assertThat(context.counter("descriptor values missing")).isGreaterThanOrEqualTo(1);

        Row sulfone = out.rows().get(4);
        assertThat((Double) sulfone.get(out.schema().index("tpsa_sp"))).isGreaterThan((Double) sulfone.get(out.schema().index("tpsa")));
    }

    @Test
    void configureRefusesWhatCannotWork() {
        assertThatThrownBy(() -> new Descriptors().configure(Map.of("in", IN.plus(Column.of("mw", ColumnType.DOUBLE))), ALL))
                .hasMessageContaining("already has a column 'mw'");
        assertThatThrownBy(() -> new Descriptors().configure(Map.of("in", IN), new Descriptors.Params("id", true, false, false, false, false,
                false, false, false, false, false, false, false, false, false, false, false))).hasMessageContaining("not molecules");
        var none = new Descriptors.Params("", false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false);
        assertThatThrownBy(() -> new Descriptors().configure(Map.of("in", IN), none)).hasMessageContaining("at least one");
    }

    @Test
    void valuesDoNotDependOnWhichOthersWereChosen() throws Exception {
        Table in = table("CN1C=NC2=C1C(=O)N(C(=O)N2C)C");
        Table all = new Descriptors().process(in, ALL, context);
        Table six = new Descriptors().process(in, SIX, context);
        for (String column : List.of("mw", "xlogp", "tpsa", "hbd_lipinski", "hba_lipinski", "rotatable_bonds")) {
            assertThat(six.rows().get(0).get(six.schema().index(column))).as(column).isEqualTo(all.rows().get(0).get(all.schema().index(column)));
        }
    }
}
