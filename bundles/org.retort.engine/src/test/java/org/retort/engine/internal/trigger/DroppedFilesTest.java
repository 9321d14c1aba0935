package org.retort.engine.internal.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DroppedFilesTest {

    @Test
    void theRunIdGoesBeforeTheExtension() {
        assertThat(DroppedFiles.withRunId("batch.sdf", "r1")).isEqualTo("batch.r1.sdf");
        assertThat(DroppedFiles.withRunId("batch.tar.gz", "r1")).isEqualTo("batch.tar.r1.gz");
        assertThat(DroppedFiles.withRunId("README", "r1")).isEqualTo("README.r1");
    }

    @Test
    void aTriggerPatternIsAGlobOnTheFileName() {
        var filter = new GlobFilter("*.{sdf,csv}");
        assertThat(filter.matches("a.sdf")).isTrue();
        assertThat(filter.matches("b.csv")).isTrue();
        assertThat(filter.matches("a.sdf.part")).isFalse();
        assertThat(new GlobFilter("batch-?.txt").matches("batch-10.txt")).isFalse();
    }
}
