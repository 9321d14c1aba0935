package org.retort.example.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;

/** The plugin guide's promise: a node is a plain object, tested without a container. */
class ExampleNodesTest {

    record Context(int chunkSize) implements NodeContext {
        public String nodeId() {
            return "n";
        }

        public boolean cancelled() {
            return false;
        }

        public void count(String name, long delta) {
        }

        public void info(String message) {
        }

        public void warn(String message) {
        }

        public Path workDirectory() {
            return Path.of(".");
        }
    }

    @Test
    void smilesLengthCountsAndFailsOverlongMoleculesRowByRow() {
        Table in = new Table(SmilesFile.SCHEMA, List.of(
                Row.of(1, Molecule.smiles("CC(=O)Oc1ccccc1C(=O)O"), "aspirin"),
                Row.of(2, Molecule.smiles("CN1C=NC2=C1C(=O)N(C(=O)N2C)C"), "caffeine"),
                Row.of(3, Molecule.smiles("OCC"), "ethanol")));
        Table out = new SmilesLength().process(in, new SmilesLength.Params("smiles", "len", 25), new Context(100));

        assertThat(out.goodRows()).extracting(r -> r.get(1) + "=" + r.get(2)).containsExactly("aspirin=21", "ethanol=3");
        assertThat(out.failedRows()).singleElement().satisfies(r -> {
            assertThat(r.recordNumber()).isEqualTo(2);
            assertThat(r.error()).contains("28 characters, more than 25");
        });
    }

    @Test
    void smilesLengthRefusesAColumnThatHoldsNoMolecules() {
        Schema names = Schema.of(Column.of("smiles", ColumnType.STRING));
        assertThatThrownBy(() -> new SmilesLength().configure(Map.of("in", names), new SmilesLength.Params("smiles", "len", 200)))
                .hasMessageContaining("does not hold molecules");
    }

    @Test
    void smilesFileReadsNamesKeepsRecordNumbersAndChunks(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.smi");
        Files.writeString(file, "CC(=O)Oc1ccccc1C(=O)O aspirin\n\nc1ccccc1 benzene ring\nO\n");
        List<Table> chunks = new ArrayList<>();
        new SmilesFile().produce(new SmilesFile.Params(file.toString()), chunks::add, new Context(2));

        assertThat(chunks).hasSize(2);
        List<Row> rows = chunks.stream().flatMap(t -> t.rows().stream()).toList();
        assertThat(rows).extracting(Row::recordNumber).containsExactly(1L, 3L, 4L);
        assertThat(rows).extracting(r -> r.string(1)).containsExactly("aspirin", "benzene ring", "");
        assertThat(new SmilesFile().fingerprint(new SmilesFile.Params(file.toString()))).startsWith(Files.size(file) + "@");
    }
}
