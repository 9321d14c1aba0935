package org.retort.node.io;

import org.retort.api.testing.RecordingContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
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
import org.retort.api.node.SinkNode;

class ExportCsvTest {

    @TempDir
    Path dir;

    private final RecordingContext context = new RecordingContext();

    static final Schema SCHEMA = Schema.of(Column.of("smiles", ColumnType.MOLECULE), Column.of("name", ColumnType.STRING),
            Column.of("n", ColumnType.INTEGER), Column.of("x", ColumnType.DOUBLE), Column.of("ok", ColumnType.BOOLEAN));

    static <P extends Record> void export(SinkNode<P> sink, P params, RecordingContext context, Table... chunks) throws Exception {
        SinkNode.ChunkWriter writer = sink.open(params, context);
        for (Table chunk : chunks) {
            writer.write(chunk);
        }
        writer.close();
    }

    private ExportCsv.Params params(Path file, boolean overwrite) {
        return new ExportCsv.Params(file.toString(), overwrite, MoleculeAs.SMILES, ExportCsv.Delimiter.COMMA, true);
    }

    @Test
    void writesRfc4180GuardedAgainstFormulasWithoutTouchingNumbers() throws Exception {
        Table table = new Table(SCHEMA, List.of(
                Row.of(1, Molecule.smiles("CCO"), "=HYPERLINK(\"http://x\",\"y\")", -7L, -0.5, true),
                Row.of(2, Molecule.smiles("O"), "+1+1", 0L, 1e-7, false),
                Row.of(3, Molecule.smiles("N"), "-2+3", null, null, null),
                Row.of(4, Molecule.smiles("C"), "@SUM(A1)", 1L, 2.0, true),
                Row.of(5, Molecule.smiles("CC"), "\tcmd", 1L, 2.0, true),
                Row.of(6, Molecule.smiles("CCC"), "\rcmd", 1L, 2.0, true),
                Row.of(7, Molecule.smiles("CCCC"), "-5", 1L, 2.0, true),
                Row.of(8, Molecule.smiles("CN"), "a, b \"c\"\nd", 1L, 2.0, true),
                Row.of(9, Molecule.smiles("CS"), "failed", 1L, 2.0, true).fail("upstream")));
        Path file = dir.resolve("out.csv");
        export(new ExportCsv(), params(file, false), context, table);
        assertThat(Files.readString(file)).isEqualTo("""
                smiles,name,n,x,ok
                CCO,"'=HYPERLINK(""http://x"",""y"")",-7,-0.5,true
                O,'+1+1,0,1.0E-7,false
                N,'-2+3,,,
                C,'@SUM(A1),1,2.0,true
                CC,'\tcmd,1,2.0,true
                CCC,"'\rcmd",1,2.0,true
                CCCC,-5,1,2.0,true
                CN,"a, b ""c""
                d",1,2.0,true
                """);
        assertThat(context.counters()).containsEntry("rows written", 8L).containsEntry("failed rows not written", 1L);
    }

    @Test
    void molfilesBecomeCanonicalSmilesAndTheOutputIsByteIdenticalEveryTime() throws Exception {
        var rows = Sources.chunks(new RecordingContext(), new ImportSdf(), ImportSdfTest.params(TestFiles.resource(dir, "bzr_20.sdf")));
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        export(new ExportCsv(), params(first, false), context, rows.toArray(Table[]::new));
        export(new ExportCsv(), params(second, false), context, rows.toArray(Table[]::new));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        List<String> lines = Files.readAllLines(first);
        assertThat(lines).hasSize(21);
        assertThat(lines.get(0)).isEqualTo("molecule,name,ACTIVITY");
        assertThat(lines.get(1)).endsWith(",Adinazolam,6.87").doesNotContain("M  END");
        assertThat(context.counters()).doesNotContainKey("molecules not converted to SMILES");
    }

    @Test
    void exportedCsvImportsBackToTheSameRows() throws Exception {
        Path source = TestFiles.resource(dir, "nci_50.tpsa.csv");
        var params = new ImportCsv.Params(source.toString(), "", ImportCsv.Delimiter.AUTO, true, 1000, 10_000_000);
        List<Table> chunks = Sources.chunks(context, new ImportCsv(), params);
        Path out = dir.resolve("again.csv");
        export(new ExportCsv(), params(out, false), context, chunks.toArray(Table[]::new));
        var again = Sources.rows(context, new ImportCsv(), new ImportCsv.Params(out.toString(), "", ImportCsv.Delimiter.AUTO, true, 1000, 10_000_000));
        assertThat(again).extracting(Row::values).isEqualTo(chunks.stream().flatMap(t -> t.rows().stream()).map(Row::values).toList());
    }

    @Test
    void refusesToOverwriteUnlessAskedAndPublishesNothingWhenTheRunStops() throws Exception {
        Path file = Files.writeString(dir.resolve("exists.csv"), "old\n");
        Table table = new Table(SCHEMA, List.of(Row.of(1, Molecule.smiles("C"), "methane", 1L, 1.0, true)));
        assertThatThrownBy(() -> export(new ExportCsv(), params(file, false), context, table))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("overwrite=true");

        RecordingContext stopped = new RecordingContext();
        SinkNode.ChunkWriter writer = new ExportCsv().open(params(file, true), stopped);
        writer.write(table);
        stopped.cancel();
        writer.close();
        assertThat(Files.readString(file)).isEqualTo("old\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }

        export(new ExportCsv(), params(file, true), context, table);
        assertThat(Files.readString(file)).startsWith("smiles,name,n,x,ok\nC,methane,1,1.0,true");
    }
}
