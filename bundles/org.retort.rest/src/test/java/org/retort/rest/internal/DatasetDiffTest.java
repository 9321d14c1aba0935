package org.retort.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** SDF records and gzipped files, without a container. */
class DatasetDiffTest {

    private static final String ETHANOL = """
            ethanol
              manual

              3  2  0  0  0  0  0  0  0  0999 V2000
                0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                1.5000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                2.2500    1.2990    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0
              1  2  1  0
              2  3  1  0
            M  END
            """;

    private static String sdf(String title, String ic50) {
        return ETHANOL.replace("ethanol", title) + "> <IC50>\n" + ic50 + "\n\n$$$$\n";
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sdfRecordsAreComparedByTheirDataFieldsAndABrokenOneIsReported() throws IOException {
        String v1 = sdf("E1", "1.0");
        String v2 = sdf("E1", "2.0") + "broken\n  x\n\n  1  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n$$$$\n";
        assertThat(DatasetRecords.count(text(v2), DatasetFormat.SDF)).isEqualTo(2);
        DatasetDiff.Result diff = DatasetDiff.of(1, text(v1), DatasetFormat.SDF, 2, text(v2), DatasetFormat.SDF);
        assertThat(diff.changed()).hasSize(1);
        assertThat(diff.changed().get(0).id()).isEqualTo("E1");
        assertThat(diff.changed().get(0).inchikey()).isEqualTo("LFQSCWFLJHTTHZ-UHFFFAOYSA-N");
        assertThat(diff.changed().get(0).changes()).containsOnlyKeys("IC50");
        assertThat(diff.unparsed()).extracting(DatasetDiff.Unparsed::record).containsExactly(2);
    }

    @Test
    void aGzippedFileIsReadByItsContent() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("CCO ethanol\nc1ccccc1 benzene\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(DatasetRecords.count(new ByteArrayInputStream(bytes.toByteArray()), DatasetFormat.SMILES)).isEqualTo(2);
        assertThat(DatasetFormat.of(null, "x.SDF.gz")).isEqualTo(DatasetFormat.SDF);
        assertThat(DatasetFormat.of(null, "x.tsv")).isEqualTo(DatasetFormat.CSV);
    }
}
