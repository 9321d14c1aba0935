package org.retort.node.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvReader.Record> read(String text, char delimiter, int max) throws IOException {
        CsvReader reader = new CsvReader(new LineReader(new StringReader(text), max), delimiter);
        List<CsvReader.Record> records = new ArrayList<>();
        for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    private static List<CsvReader.Record> read(String text) throws IOException {
        return read(text, ',', 1 << 20);
    }

    @Test
    void readsRfc4180QuotingDoubledQuotesAndEmptyFields() throws IOException {
        var records = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\n,,\"\"\n");
        assertThat(records).extracting(CsvReader.Record::fields).containsExactly(
                List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", ""), List.of("", "", ""));
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aQuotedFieldMaySpanLinesAndTheNextRecordKeepsItsLineNumber() throws IOException {
        var records = read("smiles,note\r\nCCO,\"first line\r\nsecond line\"\r\n\r\nO,water\r\n");
        assertThat(records.get(1).fields()).containsExactly("CCO", "first line\nsecond line");
        assertThat(records.get(2).line()).isEqualTo(5);
        assertThat(records.get(2).fields()).containsExactly("O", "water");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
        assertThat(read("5\" disk,x\n").get(0).fields()).containsExactly("5\" disk", "x");
    }

    @Test
    void textAfterAClosingQuoteFailsThatRecordOnly() throws IOException {
        var records = read("\"a\"b,c\nd,e\n");
        assertThat(records.get(0).error()).contains("line 1", "after the closing quote");
        assertThat(records.get(1).fields()).containsExactly("d", "e");
    }

    @Test
    void anUnterminatedQuoteAtTheEndOfTheFileIsAFailedRecord() throws IOException {
        var records = read("a,b\n1,\"never closed\n2,3\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).error()).contains("unterminated quoted field", "line 2");
    }

    @Test
    void anOverlongLineOrRecordFailsAndReadingGoesOn() throws IOException {
        var records = read("a,b\n" + "x".repeat(5000) + ",1\nok,2\n\"" + "y\n".repeat(3000) + "y\",3\nlast,4\n", ',', 1000);
        assertThat(records.get(1).error()).contains("line 2 has 5002 characters, more than 1000");
        assertThat(records.get(2).fields()).containsExactly("ok", "2");
        assertThat(records.get(3).error()).contains("record starting at line 4 is longer than 1000");
        assertThat(records.get(records.size() - 1).fields()).containsExactly("last", "4");
    }

    @Test
    void detectsTheDelimiterFromTheFirstLineIgnoringQuotedOnes() throws IOException {
        assertThat(CsvReader.detect("smiles\tname\tid")).isEqualTo('\t');
        assertThat(CsvReader.detect("\"a;b\",c,d")).isEqualTo(',');
        assertThat(CsvReader.detect("a;b;c,d")).isEqualTo(';');
        assertThat(CsvReader.detect("smiles")).isEqualTo(',');
        assertThat(CsvReader.detect("a\tb,c")).isEqualTo(',');
        var tsv = read("smiles\tname\nCCO\t\"ethanol, absolute\"\n", (char) 0, 1000);
        assertThat(tsv.get(1).fields()).containsExactly("CCO", "ethanol, absolute");
    }
}
