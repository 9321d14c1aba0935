package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.testnodes.PositionBarrier;
import org.retort.engine.testnodes.ScaleNode;

/** Pins the generated parameter schema and docs of a test node; a change here is a change of the forms. */
class ParameterSchemaTest {

    private final NodeDescriptor scale = TestCatalog.of(new ScaleNode()).find("test.scale", "1.0.0").orElseThrow();

    @Test
    void theParameterSchemaMatchesTheSnapshot() throws Exception {
        String generated = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(scale.parametersSchema()).replace("\r\n", "\n") + "\n";
        try (InputStream in = getClass().getResourceAsStream("/snapshots/test.scale-1.0.0.schema.json")) {
            assertThat(generated).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theDocsPageListsPortsAndParametersWithTheirConstraints() {
        String page = scale.markdown();
        assertThat(page).startsWith("# Scale\n\n`test.scale` · version 1.0.0 · Test · streaming\n");
        assertThat(page).contains("## Inputs", "| `in` | TABLE | Rows with a number column. |");
        assertThat(page).contains("| `failure` | TABLE | Rows this node could not process");
        assertThat(page).contains("| `factor` | number | `2.0` | Factor. Range 0.0 … 100.0. |");
        assertThat(page).contains("| `rounding` | NONE \\| FLOOR \\| CEIL | `NONE` | Rounding. Advanced. |");
        assertThat(page).contains("| `token` | string | *secret* |");
    }

    @Test
    void docsGivenInTheAnnotationAppearInThePage() {
        NodeDescriptor position = TestCatalog.of(new PositionBarrier()).find("test.position", "1.0.0").orElseThrow();
        assertThat(position.markdown()).contains("Appends the **position** of each row.");
    }
}
