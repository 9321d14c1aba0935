package org.retort.node.io;

import org.retort.api.testing.RecordingContext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Table;

class ImportSmilesTest {

    @TempDir
    Path dir;

    private final RecordingContext context = new RecordingContext(64);

    private static ImportSmiles.Params params(Path file) {
        return new ImportSmiles.Params(file.toString(), ImportSmiles.Header.AUTO, 10_000_000);
    }

    @Test
    void importsTheNciSetInChunksWithLineNumbersAndIds() throws Exception {
        Path file = TestFiles.resource(dir, "nci_200.smi");
        List<Table> chunks = Sources.chunks(context, new ImportSmiles(), params(file));
        assertThat(chunks).extracting(Table::size).containsExactly(64, 64, 64, 8);
        List<Row> rows = chunks.stream().flatMap(t -> t.rows().stream()).toList();
        assertThat(rows).noneMatch(Row::failed);
        assertThat(rows.get(0).values()).containsExactly(Molecule.smiles("CC1=CC(=O)C=CC1=O"), "1");
        assertThat(rows.get(199).recordNumber()).isEqualTo(200);
        assertThat(rows.get(199).string(1)).isEqualTo(Files.readAllLines(file).get(199).split("\t")[1]);
        assertThat(context.counters()).containsEntry("records", 200L);
        assertThat(new ImportSmiles().fingerprint(params(file))).isEqualTo(Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
    }

    @Test
    void malformedLinesBecomeFailedRowsAndTheRestLoads() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.smi"),
                "SMILES\tName\nC1CC(=O\tbroken ring\n\n\tno smiles\nc1ccccc1\tbenzene\n");
        List<Row> rows = Sources.rows(context, new ImportSmiles(), params(file));
        assertThat(rows).extracting(Row::recordNumber).containsExactly(2L, 4L, 5L);
        assertThat(rows.get(0).failed()).as("unparseable SMILES is still imported").isFalse();
        assertThat(rows.get(0).molecule(0).text()).isEqualTo("C1CC(=O");
        assertThat(rows.get(1).error()).isEqualTo("line 4: empty SMILES field (the line starts with white space)");
        assertThat(rows.get(1).string(1)).isEqualTo("no smiles");
        assertThat(rows.get(2).values()).containsExactly(Molecule.smiles("c1ccccc1"), "benzene");
        assertThat(context.counters()).containsEntry("failed records", 1L);
    }

    @Test
    void headerCanBeForcedOrRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("h.smi"), "smiles id\nCCO 1\n");
        assertThat(Sources.rows(context, new ImportSmiles(), new ImportSmiles.Params(file.toString(), ImportSmiles.Header.NO, 1000)))
                .extracting(r -> r.string(0)).containsExactly("smiles", "CCO");
        Path plain = Files.writeString(dir.resolve("p.smi"), "CCO 1\nO 2\n");
        assertThat(Sources.rows(context, new ImportSmiles(), new ImportSmiles.Params(plain.toString(), ImportSmiles.Header.YES, 1000)))
                .extracting(r -> r.string(0)).containsExactly("O");
    }

    @Test
    void latin1FileIsReadWithAWarning() throws Exception {
        Path file = dir.resolve("latin1.smi");
        Files.write(file, "CCO éthanol\nCC(=O)O acide acétique\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Row> rows = Sources.rows(context, new ImportSmiles(), params(file));
        assertThat(rows).extracting(r -> r.string(1)).containsExactly("éthanol", "acide acétique");
        assertThat(context.warnings()).singleElement().asString().contains("ISO-8859-1");
    }

    @Test
    void bomAndCrLfAreInvisible() throws Exception {
        Path file = dir.resolve("bom.smi");
        Files.write(file, "\uFEFFCCO ethanol\r\nO water\r\n".getBytes(StandardCharsets.UTF_8));
        List<Row> rows = Sources.rows(context, new ImportSmiles(), params(file));
        assertThat(rows).extracting(r -> r.string(0) + "|" + r.string(1)).containsExactly("CCO|ethanol", "O|water");
        assertThat(context.warnings()).isEmpty();
    }

    @Test
    void emptyAndGzippedFiles() throws Exception {
        assertThat(Sources.chunks(context, new ImportSmiles(), params(Files.createFile(dir.resolve("empty.smi"))))).isEmpty();
        Path gz = TestFiles.gzip(TestFiles.resource(dir, "nci_200.smi"), dir.resolve("nci.smi.gz"));
        assertThat(Sources.rows(context, new ImportSmiles(), params(gz))).hasSize(200).noneMatch(Row::failed);
    }

    @Test
    void aHundredMegabyteLineIsOneFailedRowReadInBoundedMemory() throws Exception {
        Path file = TestFiles.hugeLine(dir.resolve("huge.smi"), "CCO first\n", 'C', 100_000_000L, " giant\nO last\n");
        long before = Sources.allocated();
        List<Row> rows = Sources.rows(context, new ImportSmiles(), params(file));
        long allocated = Sources.allocated() - before;
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).error()).isEqualTo("line 2 has 100000006 characters, more than 10000000: not read");
        assertThat(rows.get(2).values()).containsExactly(Molecule.smiles("O"), "last");
        assertThat(allocated).as("bytes allocated while reading a 100 MB line").isLessThan(64L << 20);
    }
}
