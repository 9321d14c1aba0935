package org.retort.node.chem.standardize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.node.chem.standardize.Standardize.FragmentPolicy;
import org.retort.node.chem.standardize.Standardize.ValenceErrors;

class StandardizeTest {

    static final Schema IN = Schema.of(Column.of("molecule", ColumnType.MOLECULE), Column.of("name", ColumnType.STRING));
    static final Standardize.Params DEFAULTS = new Standardize.Params("", FragmentPolicy.STRIP_SALTS_THEN_LARGEST, true, ValenceErrors.FAIL, true, true, true);

    static Table table(String... smilesAndNames) {
        var rows = new java.util.ArrayList<Row>();
        for (int i = 0; i < smilesAndNames.length; i += 2) {
            rows.add(Row.of(i / 2 + 1, Molecule.smiles(smilesAndNames[i]), smilesAndNames[i + 1]));
        }
        return new Table(IN, rows);
    }

    private final CountingContext context = new CountingContext();

    private Table run(Table in, Standardize.Params params) throws Exception {
        return new Standardize().process(in, params, context);
    }

    @Test
    void aChunkOfGoodAndBadRowsLosesNothing() throws Exception {
        Table in = table(
                "[Na+].CC(=O)[O-]", "sodium acetate",
                "CC(=O)Oc1ccccc1C(=O)O.Cl", "aspirin hydrochloride",
                "C(C)(C)(C)(C)C", "pentavalent carbon",
                "C1CC(", "unparseable",
                "C[NH+](C)CCc1ccccc1.[Cl-]", "amine hydrochloride",
                "C[N+](C)(C)CC(=O)[O-]", "betaine",
                "CC(=O)Oc1ccccc1C(=O)O", "aspirin");
        Table out = run(in, DEFAULTS);

        assertThat(out.goodRows().size() + out.failedRows().size()).isEqualTo(in.size());
        assertThat(out.rows()).extracting(Row::recordNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(out.schema().names()).containsExactly("molecule", "name", "original", "standardization", "inchi", "inchikey");
        assertThat(out.failedRows()).extracting(Row::recordNumber).containsExactly(3L, 4L);
        assertThat(out.failedRows().get(0).error()).isEqualTo("valence 5 on C at atom 1 (at most 4)");
        assertThat(out.failedRows().get(1).error()).contains("C1CC(");
        assertThat(out.failedRows().get(1).get(0)).isEqualTo(Molecule.smiles("C1CC("));

        Map<String, Row> byName = new java.util.HashMap<>();
        out.goodRows().forEach(r -> byName.put(r.string(1), r));
        assertThat(byName.get("sodium acetate").string(0)).isEqualTo("O=C(O)C");
        assertThat(byName.get("sodium acetate").string(3)).contains("removed fragment [Na+]", "neutralized O- at atom 5 (added 1 H+)");
        assertThat(byName.get("aspirin hydrochloride").string(3)).isEqualTo("removed fragment Cl (salt list: [Cl,Br,I])");
        assertThat(byName.get("amine hydrochloride").string(0)).isEqualTo(run(table("CN(C)CCc1ccccc1", "free base"), DEFAULTS).rows().get(0).string(0));
        assertThat(byName.get("amine hydrochloride").string(3))
                .isEqualTo("removed fragment [Cl-] (salt list: [Cl,Br,I]); neutralized N+ at atom 2 (removed 1 H+)");
        assertThat(byName.get("betaine").string(3)).isEqualTo("unchanged");
        assertThat(byName.get("aspirin").string(3)).isEqualTo("unchanged");
        assertThat(byName.get("aspirin").get(2)).isEqualTo(Molecule.smiles("CC(=O)Oc1ccccc1C(=O)O"));
        assertThat(byName.get("aspirin").string(5)).isEqualTo("BSYNRYMUTXBXSQ-UHFFFAOYSA-N");
        assertThat(byName.get("aspirin").string(4)).isEqualTo("InChI=1S/C9H8O4/c1-6(10)13-8-5-3-2-4-7(8)9(11)12/h2-5H,1H3,(H,11,12)");
        assertThat(byName.get("aspirin hydrochloride").string(5)).isEqualTo("BSYNRYMUTXBXSQ-UHFFFAOYSA-N");
        assertThat(context.counter("changed")).isEqualTo(3);
    }

    @Test
    void theOutputMoleculeCarriesItsStructureSoTheNextNodeDoesNotParseAgain() throws Exception {
        Table out = run(table("C[NH+](C)CCc1ccccc1.[Cl-]", "amine"), DEFAULTS);
        Molecule standardized = out.rows().get(0).molecule(0);
        IAtomContainer structure = standardized.structure(IAtomContainer.class, m -> {
            throw new AssertionError("parsed again");
        });
        assertThat(structure.getAtomCount()).isEqualTo(11);
        assertThat(structure.getAtom(1).getFormalCharge()).isZero();
        assertThat(out.rows().get(0).molecule(2).text()).isEqualTo("C[NH+](C)CCc1ccccc1.[Cl-]");
    }

    @Test
    void flaggedValenceKeepsTheRowAndSaysSo() throws Exception {
        var flag = new Standardize.Params("", FragmentPolicy.STRIP_SALTS_THEN_LARGEST, true, ValenceErrors.FLAG, true, false, false);
        Table out = run(table("C(C)(C)(C)(C)C", "pentavalent"), flag);
        assertThat(out.failedRows()).isEmpty();
        assertThat(out.schema().names()).containsExactly("molecule", "name", "original", "standardization");
        assertThat(out.rows().get(0).string(3)).isEqualTo("flagged valence 5 on C at atom 1 (at most 4)");
    }

    @Test
    void keepAllWithoutNeutralizingOnlyCanonicalizes() throws Exception {
        var none = new Standardize.Params("", FragmentPolicy.KEEP_ALL, false, ValenceErrors.FAIL, false, false, true);
        Table out = run(table("[Na+].CC(=O)[O-]", "salt", "C1=CC=CC=C1", "benzene"), none);
        assertThat(out.rows()).extracting(r -> r.string(3)).containsExactly("unchanged", "unchanged");
        assertThat(out.rows().get(0).string(0).split("\\.")).hasSize(2);
        assertThat(out.rows().get(1).string(0)).isEqualTo("C=1C=CC=CC1");
    }

    @Test
    void stereoIsKeptInTheCanonicalSmiles() throws Exception {
        Table out = run(table("N[C@@H](C)C(=O)O.Cl", "L-alanine hydrochloride"), DEFAULTS);
        assertThat(out.rows().get(0).string(0)).contains("@");
        assertThat(out.rows().get(0).string(5)).isEqualTo("QNAYBMKLOCPYGJ-REOHCLBHSA-N");
    }

    @Test
    void theCanonicalSmilesDoesNotDependOnTheInputsAtomOrder() throws Exception {
        Table out = run(table("CC(=O)Oc1ccccc1C(=O)O", "a", "OC(=O)c1ccccc1OC(C)=O", "b", "O=C(O)c1c(OC(=O)C)cccc1", "c",
                "N[C@@H](C)C(=O)O", "d", "C[C@H](N)C(O)=O", "e"), DEFAULTS);
        assertThat(out.rows()).extracting(r -> r.string(0)).containsExactly("O=C(O)c1ccccc1OC(=O)C", "O=C(O)c1ccccc1OC(=O)C",
                "O=C(O)c1ccccc1OC(=O)C", "C[C@@H](C(=O)O)N", "C[C@@H](C(=O)O)N");
    }

    @Test
    void configureNamesTheProblem() {
        assertThatThrownBy(() -> new Standardize().configure(Map.of("in", Schema.of(Column.of("smiles", ColumnType.STRING))), DEFAULTS))
                .hasMessageContaining("no molecule column");
        Schema clash = IN.plus(Column.of("inchikey", ColumnType.STRING));
        assertThatThrownBy(() -> new Standardize().configure(Map.of("in", clash), DEFAULTS)).hasMessageContaining("'inchikey'");
        assertThat(new Standardize().configure(Map.of("in", IN), DEFAULTS).get("out").names())
                .isEqualTo(List.of("molecule", "name", "original", "standardization", "inchi", "inchikey"));
    }
}
