package org.retort.node.io;

import org.retort.api.testing.RecordingContext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;

class ExportSdfTest {

    @TempDir
    Path dir;

    private final RecordingContext context = new RecordingContext(64);

    private ExportSdf.Params params(Path file, ExportSdf.Version version) {
        return new ExportSdf.Params(file.toString(), false, "", "name", version);
    }

    private void roundTrip(String resource, int records) throws Exception {
        List<Table> chunks = Sources.chunks(context, new ImportSdf(), ImportSdfTest.params(TestFiles.resource(dir, resource)));
        Path out = dir.resolve("again-" + resource);
        ExportCsvTest.export(new ExportSdf(), params(out, ExportSdf.Version.V2000), context, chunks.toArray(Table[]::new));
        List<Table> again = Sources.chunks(context, new ImportSdf(), ImportSdfTest.params(out));
        assertThat(again.get(0).schema()).isEqualTo(chunks.get(0).schema());
        List<Row> before = chunks.stream().flatMap(t -> t.rows().stream()).toList();
        List<Row> after = again.stream().flatMap(t -> t.rows().stream()).toList();
        assertThat(after).hasSize(records).noneMatch(Row::failed);
        assertThat(after).as("molblock, title and every data item").isEqualTo(before);
    }

    @Test
    void v2000RoundTripKeepsEveryProperty() throws Exception {
        roundTrip("nci_200.props.sdf", 200);
    }

    @Test
    void v3000RoundTripKeepsEveryProperty() throws Exception {
        roundTrip("nci_20.props.v3000.sdf", 20);
    }

    @Test
    void smilesGet2dCoordinatesAConstantHeaderAndTheTitle() throws Exception {
        Schema schema = Schema.of(Column.of("smiles", ColumnType.MOLECULE), Column.of("name", ColumnType.STRING),
                Column.of("pic50", ColumnType.DOUBLE), Column.of("note", ColumnType.STRING));
        Table table = new Table(schema, List.of(
                Row.of(1, Molecule.smiles("CC(=O)Oc1ccccc1C(=O)O"), "aspirin", 5.5, "first\n\nsecond"),
                Row.of(2, Molecule.smiles("C1CC(=O"), "broken", null, "kept")));
        Path v2000 = dir.resolve("a.sdf");
        Path again = dir.resolve("b.sdf");
        Path v3000 = dir.resolve("c.sdf");
        ExportCsvTest.export(new ExportSdf(), params(v2000, ExportSdf.Version.V2000), context, table);
        ExportCsvTest.export(new ExportSdf(), params(again, ExportSdf.Version.V2000), context, table);
        ExportCsvTest.export(new ExportSdf(), params(v3000, ExportSdf.Version.V3000), context, table);
        assertThat(Files.readAllBytes(again)).as("byte-identical").isEqualTo(Files.readAllBytes(v2000));

        String text = Files.readString(v2000);
        List<String> lines = text.lines().toList();
        assertThat(lines.subList(0, 4)).containsExactly("aspirin", CdkMolfiles.PROGRAM_LINE, "", " 13 13  0  0  0  0  0  0  0  0999 V2000");
        assertThat(lines.get(4)).doesNotStartWith("    0.0000    0.0000");
        assertThat(text).contains("M  END\n>  <pic50>\n5.5\n\n>  <note>\nfirst\nsecond\n\n$$$$\nbroken\n");
        assertThat(context.warnings()).anySatisfy(w -> assertThat(w).contains("record 2", "without atoms"));

        List<Row> rows = Sources.rows(context, new ImportSdf(), ImportSdfTest.params(v3000));
        assertThat(rows).hasSize(2).noneMatch(Row::failed);
        assertThat(rows.get(0).molecule(0).text()).contains("V3000", "M  V30 COUNTS 13 13");
        assertThat(rows.get(0).values().subList(1, 4)).containsExactly("aspirin", 5.5, "first\nsecond");
        assertThat(rows.get(1).values().subList(1, 4)).containsExactly("broken", null, "kept");
    }

    @Test
    void convertsMolfilesBackToSmilesWithCdk() throws Exception {
        CdkMolfiles cdk = new CdkMolfiles();
        List<Row> v3000 = Sources.rows(context, new ImportSdf(), ImportSdfTest.params(TestFiles.resource(dir, "nci_20.props.v3000.sdf")));
        List<Row> v2000 = Sources.rows(context, new ImportSdf(), ImportSdfTest.params(TestFiles.resource(dir, "nci_200.props.sdf")));
        for (int i = 0; i < 20; i++) {
            assertThat(cdk.smiles(v3000.get(i).molecule(0))).as("record " + (i + 1)).isEqualTo(cdk.smiles(v2000.get(i).molecule(0)));
        }
        assertThat(cdk.smiles(v2000.get(0).molecule(0))).isEqualTo("CC1=CC(=O)C=CC1=O");
    }
}
