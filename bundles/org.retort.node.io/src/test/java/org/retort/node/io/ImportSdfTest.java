package org.retort.node.io;

import org.retort.api.testing.RecordingContext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Table;

class ImportSdfTest {

    static final List<String> NCI_ITEMS = List.of("AMW", "CLOGP", "CP", "CR", "DAYLIGHT.FPG", "DAYLIGHT_CLOGP", "FP", "ISM",
            "LIPINSKI_VIOLATIONS", "NUM_HACCEPTORS", "NUM_HDONORS", "NUM_HETEROATOMS", "NUM_LIPINSKIHACCEPTORS",
            "NUM_LIPINSKIHDONORS", "NUM_RINGS", "NUM_ROTATABLEBONDS", "P1", "SMILES", "NUM_ROTATABLEBONDS_O");

    @TempDir
    Path dir;

    private final RecordingContext context = new RecordingContext(50);

    static ImportSdf.Params params(Path file) {
        return new ImportSdf.Params(file.toString(), true, 10_000_000);
    }

    @Test
    void importsEveryDataItemOfTheNciSetAsAColumnWithOneSchemaForAllChunks() throws Exception {
        Path file = TestFiles.resource(dir, "nci_200.props.sdf");
        List<Table> chunks = Sources.chunks(context, new ImportSdf(), params(file));
        assertThat(chunks).hasSize(4);
        var schema = chunks.get(0).schema();
        assertThat(chunks).allSatisfy(t -> assertThat(t.schema()).isEqualTo(schema));
        assertThat(schema.names().subList(0, 2)).containsExactly("molecule", "name");
        assertThat(schema.names().subList(2, schema.size())).containsExactlyInAnyOrderElementsOf(NCI_ITEMS);
        assertThat(schema.column("AMW").orElseThrow().type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(schema.column("NUM_RINGS").orElseThrow().type()).isEqualTo(ColumnType.INTEGER);
        assertThat(schema.column("DAYLIGHT.FPG").orElseThrow().type()).isEqualTo(ColumnType.STRING);

        List<Row> rows = chunks.stream().flatMap(t -> t.rows().stream()).toList();
        assertThat(rows).hasSize(200).noneMatch(Row::failed);
        assertThat(rows).extracting(Row::recordNumber).startsWith(1L, 2L, 3L).endsWith(200L);
        Row first = rows.get(0);
        assertThat(first.molecule(0).format()).isEqualTo(Molecule.Format.MOLFILE);
        assertThat(first.molecule(0).text()).startsWith("\n     RDKit          2D\n").endsWith("M  END\n");
        assertThat(first.get(schema.index("AMW"))).isEqualTo(122.12344);
        assertThat(first.get(schema.index("ISM"))).isEqualTo("CC1=CC(=O)C=CC1=O");
        assertThat(first.get(schema.index("CP"))).isEqualTo("0.727;-0P;4.71");
        int p1 = schema.index("P1");
        assertThat(rows.stream().filter(r -> r.get(p1) != null)).hasSize(30);
        assertThat(new ImportSdf().configure(Map.of(), params(file))).containsEntry("out", schema);
    }

    @Test
    void importsTitlesAndActivitiesOfV2000AndV3000Files() throws Exception {
        List<Row> v2000 = Sources.rows(context, new ImportSdf(), params(TestFiles.resource(dir, "bzr_20.sdf")));
        assertThat(v2000).hasSize(20).noneMatch(Row::failed);
        assertThat(v2000.get(0).values().subList(1, 3)).containsExactly("Adinazolam", 6.87);

        List<Table> v3000 = Sources.chunks(context, new ImportSdf(), params(TestFiles.resource(dir, "nci_20.props.v3000.sdf")));
        List<Row> rows = v3000.stream().flatMap(t -> t.rows().stream()).toList();
        assertThat(rows).hasSize(20).noneMatch(Row::failed);
        assertThat(rows.get(0).molecule(0).text()).contains("M  V30 BEGIN CTAB", "M  V30 COUNTS 9 9 0 0 0");
        assertThat(rows.get(0).get(v3000.get(0).schema().index("AMW"))).isEqualTo(122.12344);
    }

    @Test
    void malformedRecordsFailWithRecordAndLineAndTheRestLoads() throws Exception {
        String water = SdfReaderTest.WATER;
        String truncated = "broken\n  test\n\n  1  0  0  0  0  0  0  0  0  0999 V2000\n$$$$\n";
        Path file = Files.writeString(dir.resolve("bad.sdf"),
                water + "> <ID>\n1\n\n$$$$\n" + truncated + water + "> <ID>\nnot a number\n\n$$$$\n" + water + "> <ID>\n4\n\n");
        List<Row> rows = Sources.rows(context, new ImportSdf(), params(file));
        assertThat(rows).extracting(Row::recordNumber).containsExactly(1L, 2L, 3L, 4L);
        assertThat(rows.get(0).failed()).isFalse();
        assertThat(rows.get(1).error()).startsWith("record 2 (line 11): truncated molblock");
        assertThat(rows.get(1).get(1)).isEqualTo("broken");
        assertThat(rows.get(2).failed()).as("ID is text: one value is not a number").isFalse();
        assertThat(rows.get(2).get(2)).isEqualTo("not a number");
        assertThat(rows.get(3).error()).isEqualTo("record 4 (line 26): missing '$$$$' at the end of the file");
        assertThat(rows.get(3).get(2)).isEqualTo("4");
    }

    @Test
    void latin1BomCrLfEmptyAndGzip() throws Exception {
        String water = SdfReaderTest.WATER;
        Path latin = dir.resolve("latin.sdf");
        Files.write(latin, (water.replace("water", "eau gazéifiée") + "$$$$\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Sources.rows(context, new ImportSdf(), params(latin))).singleElement()
                .satisfies(r -> assertThat(r.get(1)).isEqualTo("eau gazéifiée"));
        assertThat(context.warnings()).singleElement().asString().contains("ISO-8859-1");

        Path bom = dir.resolve("bom.sdf");
        Files.write(bom, ("\uFEFF" + water + "> <A>\n1\n\n$$$$\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Row row = Sources.rows(context, new ImportSdf(), params(bom)).get(0);
        assertThat(row.values()).containsExactly(Molecule.molfile(water), "water", 1L);

        assertThat(Sources.chunks(context, new ImportSdf(), params(Files.createFile(dir.resolve("empty.sdf"))))).isEmpty();
        Path gz = TestFiles.gzip(TestFiles.resource(dir, "bzr_20.sdf"), dir.resolve("bzr.sdf.gz"));
        assertThat(Sources.rows(context, new ImportSdf(), params(gz))).hasSize(20).noneMatch(Row::failed);
    }

    @Test
    void aHundredMegabyteLineIsOneFailedRecordReadInBoundedMemory() throws Exception {
        String water = SdfReaderTest.WATER;
        Path file = TestFiles.hugeLine(dir.resolve("huge.sdf"), water + "$$$$\n" + water + "> <BLOB>\n", 'x', 100_000_000L,
                "\n\n$$$$\n" + water + "$$$$\n");
        var params = new ImportSdf.Params(file.toString(), true, 1_000_000);
        long before = Sources.allocated();
        List<Row> rows = Sources.rows(context, new ImportSdf(), params);
        long allocated = Sources.allocated() - before;
        assertThat(rows).extracting(Row::failed).containsExactly(false, true, false);
        assertThat(rows.get(1).error()).isEqualTo("record 2 (line 8): line 15 has 100000000 characters, more than 1000000");
        assertThat(allocated).as("bytes allocated while reading a 100 MB line three times").isLessThan(32L << 20);
    }
}
