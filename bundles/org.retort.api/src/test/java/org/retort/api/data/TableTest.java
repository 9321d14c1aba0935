package org.retort.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final Schema SMILES = Schema.of(Column.of("smiles", ColumnType.MOLECULE), Column.of("id", ColumnType.INTEGER));

    private final Table chunk = new Table(SMILES, List.of(Row.of(1, Molecule.smiles("CCO"), 1L), Row.of(2, Molecule.smiles("C1CC"), 2L), Row.of(3, Molecule.smiles("c1ccccc1"), 3L)));

    @Test
    void aRowWhoseFunctionThrowsFailsAloneAndKeepsItsRecordNumber() {
        Schema out = SMILES.plus(Column.of("length", ColumnType.INTEGER));
        int smiles = SMILES.index("smiles");
        Table mapped = chunk.map(out, row -> {
            if (row.string(smiles).contains("1") && !row.string(smiles).endsWith("1")) {
                throw new IllegalArgumentException("ring not closed");
            }
            return row.append((long) row.string(smiles).length());
        });
        assertThat(mapped.goodRows()).extracting(Row::recordNumber).containsExactly(1L, 3L);
        assertThat(mapped.failedRows()).singleElement().satisfies(row -> {
            assertThat(row.recordNumber()).isEqualTo(2);
            assertThat(row.error()).isEqualTo("ring not closed");
            assertThat(row.values()).containsExactly(Molecule.smiles("C1CC"), 2L);
        });
    }

    @Test
    void aRowThatDoesNotFitTheSchemaIsRefusedWithItsRecordNumber() {
        assertThatThrownBy(() -> new Table(SMILES, List.of(Row.of(7, Molecule.smiles("CCO")))))
                .hasMessage("record 7 has 1 values but the schema has 2 columns [smiles, id]");
        assertThatThrownBy(() -> new Table(SMILES, List.of(Row.of(8, Molecule.smiles("CCO"), 1))))
                .hasMessage("record 8, column 'id': Integer is not INTEGER");
    }

    @Test
    void rowsMayHoldNullsAndAreImmutable() {
        Row row = Row.of(1, null, 4L);
        assertThat(new Table(SMILES, List.of(row)).rows()).hasSize(1);
        assertThatThrownBy(() -> row.values().set(0, "C")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(row.with(0, "C").get(0)).isEqualTo("C");
        assertThat(row.get(0)).isNull();
    }

    @Test
    void aMissingColumnIsNamedWithTheColumnsThatExist() {
        assertThatThrownBy(() -> SMILES.index("mass")).hasMessage("no column 'mass' (columns: [smiles, id])");
        assertThatThrownBy(() -> SMILES.plus(Column.of("id", ColumnType.STRING))).hasMessage("duplicate column 'id'");
    }
}
