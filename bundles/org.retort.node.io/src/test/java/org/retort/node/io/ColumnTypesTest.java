package org.retort.node.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.retort.api.data.ColumnType;

class ColumnTypesTest {

    @Test
    void typesEachColumnFromEveryValueSeen() {
        ColumnTypes types = new ColumnTypes();
        String[][] rows = {{"1", "0.5", "007", "x", "", "-3"}, {"22", "2", "12", "1", "", " 4 "}, {"", "-1e-3", "5", "2", "", "0"}};
        List<String> names = List.of("int", "double", "zeros", "mixed", "empty", "spaced");
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                types.observe(names.get(i), row[i]);
            }
        }
        assertThat(types.names()).isEqualTo(names);
        assertThat(names.stream().map(types::type)).containsExactly(ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.STRING,
                ColumnType.STRING, ColumnType.STRING, ColumnType.INTEGER);
    }

    @Test
    void onlyJsonLikeNumbersAreNumbers() {
        for (String text : List.of("+5", ".5", "1.", "NaN", "Infinity", "0x10", "1e400", "1,5", "99999999999999999999")) {
            ColumnTypes types = new ColumnTypes();
            types.observe("c", text);
            assertThat(types.type("c")).as(text).isEqualTo(text.equals("99999999999999999999") ? ColumnType.DOUBLE : ColumnType.STRING);
        }
    }

    @Test
    void convertsOrSaysWhatIsWrong() {
        assertThat(ColumnTypes.convert(ColumnType.INTEGER, " 42 ")).isEqualTo(42L);
        assertThat(ColumnTypes.convert(ColumnType.DOUBLE, "3")).isEqualTo(3.0);
        assertThat(ColumnTypes.convert(ColumnType.DOUBLE, "")).isNull();
        assertThat(ColumnTypes.convert(ColumnType.STRING, " as is ")).isEqualTo(" as is ");
        assertThatThrownBy(() -> ColumnTypes.convert(ColumnType.INTEGER, "4.5")).hasMessage("'4.5' is not an integer");
        assertThatThrownBy(() -> ColumnTypes.convert(ColumnType.DOUBLE, "n/a")).hasMessage("'n/a' is not a number");
    }

    @Test
    void makesColumnNamesUniqueAndNonBlank() {
        assertThat(ColumnTypes.unique(List.of("a", "", "a", "name", " b "), Set.of("name")))
                .containsExactly("a", "column_2", "a_2", "name_2", "b");
    }
}
