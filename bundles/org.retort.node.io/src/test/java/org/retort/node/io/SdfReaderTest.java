package org.retort.node.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SdfReaderTest {

    static final String WATER = "water\n  test\n\n  1  0  0  0  0  0  0  0  0  0999 V2000\n"
            + "    0.0000    0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\nM  END\n";

    private static List<SdfReader.Record> read(String text, boolean keep, int max) throws IOException {
        SdfReader reader = new SdfReader(new LineReader(new StringReader(text), max), keep);
        List<SdfReader.Record> records = new ArrayList<>();
        for (SdfReader.Record r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    private static List<SdfReader.Record> read(String text) throws IOException {
        return read(text, true, 1 << 20);
    }

    @Test
    void readsMolblockTitleAndDataItemsIncludingMultiLineValues() throws IOException {
        var records = read(WATER + ">  <AMW>  (1) \n18.015\n\n> 25 <NOTE>\nline one\nline two\n\n$$$$\n" + WATER + "$$$$\n\n");
        assertThat(records).hasSize(2);
        SdfReader.Record first = records.get(0);
        assertThat(first.title()).isEqualTo("water");
        assertThat(first.molfile()).isEqualTo(WATER);
        assertThat(first.data()).isEqualTo(Map.of("AMW", "18.015", "NOTE", "line one\nline two"));
        assertThat(records.get(1).number()).isEqualTo(2);
        assertThat(records.get(1).line()).isEqualTo(15);
        assertThat(records.get(1).data()).isEmpty();
        assertThat(read(WATER + "$$$$\n", false, 1000).get(0).molfile()).isNull();
    }

    @Test
    void parsesDataHeaderNames() {
        assertThat(SdfReader.itemName(">  <AMW>  (1) ")).isEqualTo("AMW");
        assertThat(SdfReader.itemName("> 12 <ACTIVITY> (MD-123)")).isEqualTo("ACTIVITY");
        assertThat(SdfReader.itemName(">  <name with spaces>")).isEqualTo("name with spaces");
        assertThat(SdfReader.itemName("> DT12")).isEqualTo("DT12");
        assertThat(SdfReader.itemName(">  <>")).isNull();
    }

    @Test
    void aTruncatedMolblockFailsAndTheNextRecordStillLoads() throws IOException {
        String truncated = "broken\n  test\n\n  1  0  0  0  0  0  0  0  0  0999 V2000\n$$$$\n";
        var records = read(truncated + WATER + "$$$$\n");
        assertThat(records.get(0).error()).contains("truncated molblock", "line 5");
        assertThat(records.get(0).title()).isEqualTo("broken");
        assertThat(records.get(1).failed()).isFalse();
        assertThat(records.get(1).number()).isEqualTo(2);
    }

    @Test
    void theEndOfTheFileInsideAMolblockOrBeforeTheTerminatorIsAnError() throws IOException {
        assertThat(read(WATER + "$$$$\nhalf\n  x\n\n  3  2").get(1).error()).contains("no 'M  END'");
        var missing = read(WATER + "$$$$\n" + WATER + "> <ID>\n7\n");
        assertThat(missing.get(1).error()).contains("missing '$$$$'");
        assertThat(missing.get(1).data()).containsEntry("ID", "7");
    }

    @Test
    void aStrayLineInTheDataSectionFailsTheRecordUpToItsTerminator() throws IOException {
        var records = read(WATER + "> <A>\n1\n\ngarbage\n> <B>\n2\n\n$$$$\n" + WATER + "$$$$\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).error()).contains("line 10", "expected a data header");
        assertThat(records.get(1).failed()).isFalse();
    }

    @Test
    void anOverlongLineFailsItsRecordInConstantMemory() throws IOException {
        String huge = WATER + "> <BLOB>\n" + "z".repeat(50_000) + "\n\n$$$$\n";
        var records = read(huge + WATER + "$$$$\n", true, 1000);
        assertThat(records.get(0).error()).contains("line 8 has 50000 characters, more than 1000");
        assertThat(records.get(1).failed()).isFalse();
        String atom = "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n";
        String big = "big\n  test\n\n100  0  0  0  0  0  0  0  0  0999 V2000\n" + atom.repeat(100) + "M  END\n$$$$\n";
        var tooManyLines = read(big + WATER + "$$$$\n", true, 1000);
        assertThat(tooManyLines.get(0).error()).contains("longer than 1000 characters");
        assertThat(tooManyLines.get(1).failed()).isFalse();
    }
}
