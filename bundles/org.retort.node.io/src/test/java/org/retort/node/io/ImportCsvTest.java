package org.retort.node.io;

import org.retort.api.testing.RecordingContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;

class ImportCsvTest {

    @TempDir
    Path dir;

    private final RecordingContext context = new RecordingContext(20);

    private static ImportCsv.Params params(Path file) {
        return new ImportCsv.Params(file.toString(), "", ImportCsv.Delimiter.AUTO, true, 1000, 10_000_000);
    }

    @Test
    void detectsTheSmilesColumnAndTypesTheNumericOnes() throws Exception {
        Path file = TestFiles.resource(dir, "nci_50.tpsa.csv");
        var chunks = Sources.chunks(context, new ImportCsv(), params(file));
        Schema schema = Schema.of(Column.of("canonical_smiles", ColumnType.MOLECULE), Column.of("nci_id", ColumnType.INTEGER),
                Column.of("tpsa", ColumnType.DOUBLE));
        assertThat(chunks).allSatisfy(t -> assertThat(t.schema()).isEqualTo(schema));
        assertThat(new ImportCsv().configure(Map.of(), params(file))).containsEntry("out", schema);
        List<Row> rows = chunks.stream().flatMap(t -> t.rows().stream()).toList();
        assertThat(rows).hasSize(50).noneMatch(Row::failed);
        assertThat(rows.get(0).values()).containsExactly(Molecule.smiles("CC1=CC(=O)C=CC1=O"), 1L, 34.14);
        assertThat(rows.get(0).recordNumber()).as("the line number").isEqualTo(2);
    }

    @Test
    void tsvWithAChosenColumnQuotedNewlinesAndNoTyping() throws Exception {
        Path file = Files.writeString(dir.resolve("set.tsv"),
                "id\tstructure\tnote\n1\tCCO\t\"two\nlines\"\n2\tO\tplain\n");
        var params = new ImportCsv.Params(file.toString(), "structure", ImportCsv.Delimiter.AUTO, false, 1000, 10_000_000);
        List<Row> rows = Sources.rows(context, new ImportCsv(), params);
        assertThat(rows.get(0).values()).containsExactly("1", Molecule.smiles("CCO"), "two\nlines");
        assertThat(rows.get(1).recordNumber()).isEqualTo(4);
        var wrong = new ImportCsv.Params(file.toString(), "smiles", ImportCsv.Delimiter.TAB, true, 1000, 10_000_000);
        assertThatThrownBy(() -> Sources.rows(context, new ImportCsv(), wrong)).hasMessageContaining("no column 'smiles'");
    }

    @Test
    void badRecordsBecomeFailedRowsWithTheirLineAndReason() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "smiles,name,pic50\n"
                + "C1CC(,broken,5.1\n"
                + ",empty,6\n"
                + "CCO,extra,1,2\n"
                + "\"CC\"x,quote,3\n"
                + "O,water,n/a\n"
                + "N,ammonia,7\n");
        var params = new ImportCsv.Params(file.toString(), "", ImportCsv.Delimiter.AUTO, true, 2, 10_000_000);
        List<Row> rows = Sources.rows(context, new ImportCsv(), params);
        assertThat(rows).extracting(Row::recordNumber).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(rows.get(0).failed()).as("SMILES are not parsed").isFalse();
        assertThat(rows.get(1).error()).isEqualTo("line 3: empty SMILES in column 'smiles'");
        assertThat(rows.get(2).error()).isEqualTo("line 4: 4 fields where the header has 3");
        assertThat(rows.get(3).error()).contains("line 5", "after the closing quote");
        assertThat(rows.get(4).error()).isEqualTo("line 6, column 'pic50': 'n/a' is not a number (the column was typed DOUBLE from the first 2 records)");
        assertThat(rows.get(5).values()).containsExactly(Molecule.smiles("N"), "ammonia", 7.0);
    }

    @Test
    void latin1BomCrLfEmptyAndGzip() throws Exception {
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "smiles;nom\nCCO;éthanol\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Sources.rows(context, new ImportCsv(), params(latin))).singleElement().satisfies(r -> assertThat(r.string(1)).isEqualTo("éthanol"));
        assertThat(context.warnings()).hasSize(1);

        Path bom = dir.resolve("bom.csv");
        Files.write(bom, "\uFEFFSMILES,n\r\nCCO,1\r\nO,2\r\n".getBytes(StandardCharsets.UTF_8));
        var rows = Sources.rows(context, new ImportCsv(), params(bom));
        assertThat(rows).extracting(r -> r.get(1)).containsExactly(1L, 2L);
        assertThat(rows.get(0).string(0)).isEqualTo("CCO");

        assertThat(Sources.chunks(context, new ImportCsv(), params(Files.createFile(dir.resolve("empty.csv"))))).isEmpty();
        Path gz = TestFiles.gzip(TestFiles.resource(dir, "nci_50.tpsa.csv"), dir.resolve("nci.csv.gz"));
        assertThat(Sources.rows(context, new ImportCsv(), params(gz))).hasSize(50);
    }

    @Test
    void aHundredMegabyteLineIsOneFailedRowReadInBoundedMemory() throws Exception {
        Path file = TestFiles.hugeLine(dir.resolve("huge.csv"), "smiles,name\nCCO,first\n", 'C', 100_000_000L, ",giant\nO,last\n");
        var params = new ImportCsv.Params(file.toString(), "", ImportCsv.Delimiter.AUTO, true, 0, 1_000_000);
        long before = Sources.allocated();
        List<Row> rows = Sources.rows(context, new ImportCsv(), params);
        long allocated = Sources.allocated() - before;
        assertThat(rows).extracting(Row::failed).containsExactly(false, true, false);
        assertThat(rows.get(1).error()).isEqualTo("line 3 has 100000006 characters, more than 1000000: not read");
        assertThat(allocated).as("bytes allocated while reading a 100 MB line three times").isLessThan(32L << 20);
    }
}
