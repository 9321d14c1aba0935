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

class ExportJsonLinesTest {

    @TempDir
    Path dir;

    @Test
    void writesOneObjectPerRowKeysInColumnOrderNumbersAsNumbers() throws Exception {
        Schema schema = Schema.of(Column.of("mol", ColumnType.MOLECULE), Column.of("name \"q\"", ColumnType.STRING),
                Column.of("n", ColumnType.INTEGER), Column.of("x", ColumnType.DOUBLE), Column.of("ok", ColumnType.BOOLEAN),
                Column.of("meta", ColumnType.JSON));
        Table table = new Table(schema, List.of(
                Row.of(1, Molecule.smiles("CCO"), "tab\tnew\nline é \u0001", -3L, 0.25, true, "{\"a\": [1, 2]}"),
                Row.of(2, Molecule.molfile(SdfReaderTest.WATER), null, null, Double.NaN, false, " "),
                Row.of(3, Molecule.smiles("O"), "failed", 1L, 1.0, true, "{}").fail("upstream")));
        Path file = dir.resolve("out.jsonl");
        RecordingContext context = new RecordingContext();
        ExportCsvTest.export(new ExportJsonLines(), new ExportJsonLines.Params(file.toString(), false, MoleculeAs.TEXT), context, table);
        assertThat(Files.readString(file)).isEqualTo(
                "{\"mol\":\"CCO\",\"name \\\"q\\\"\":\"tab\\tnew\\nline é \\u0001\",\"n\":-3,\"x\":0.25,\"ok\":true,\"meta\":{\"a\": [1, 2]}}\n"
                + "{\"mol\":\"water\\n  test\\n\\n  1  0  0  0  0  0  0  0  0  0999 V2000\\n    0.0000    0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\\nM  END\\n\","
                + "\"name \\\"q\\\"\":null,\"n\":null,\"x\":null,\"ok\":false,\"meta\":null}\n");

        Path smiles = dir.resolve("smiles.jsonl");
        ExportCsvTest.export(new ExportJsonLines(), new ExportJsonLines.Params(smiles.toString(), false, MoleculeAs.SMILES), context, table);
        assertThat(Files.readAllLines(smiles).get(1)).startsWith("{\"mol\":\"O\",");
    }
}
