package org.retort.node.chem.efficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EfficiencyUnitsTest {

    @Test
    void convertsEachUnitToMolarBeforeTheNegativeLog() {
        assertThat(PActivity.of(1, ActivityUnit.MOLAR)).isCloseTo(0, within(1e-12));
        assertThat(PActivity.of(1, ActivityUnit.MILLIMOLAR)).isCloseTo(3, within(1e-12));
        assertThat(PActivity.of(1, ActivityUnit.MICROMOLAR)).isCloseTo(6, within(1e-12));
        assertThat(PActivity.of(10, ActivityUnit.NANOMOLAR)).isCloseTo(8, within(1e-12));
        assertThat(PActivity.of(250, ActivityUnit.PICOMOLAR)).isCloseTo(12 - Math.log10(250), within(1e-12));
        assertThat(PActivity.of(3311.31, ActivityUnit.NANOMOLAR)).isCloseTo(5.48, within(1e-5));
    }

    @Test
    void readsUnitsAsWrittenInDataFilesWithTheCaseThatMatters() {
        assertThat(ActivityUnit.parse(" nM ")).isEqualTo(ActivityUnit.NANOMOLAR);
        assertThat(ActivityUnit.parse("uM")).isEqualTo(ActivityUnit.MICROMOLAR);
        assertThat(ActivityUnit.parse("\u00b5M")).isEqualTo(ActivityUnit.MICROMOLAR);
        assertThat(ActivityUnit.parse("\u03bcM")).isEqualTo(ActivityUnit.MICROMOLAR);
        assertThat(ActivityUnit.parse("mM")).isEqualTo(ActivityUnit.MILLIMOLAR);
        assertThat(ActivityUnit.parse("M")).isEqualTo(ActivityUnit.MOLAR);
        assertThat(ActivityUnit.parse("pM")).isEqualTo(ActivityUnit.PICOMOLAR);
        assertThatThrownBy(() -> ActivityUnit.parse("MM")).hasMessageContaining("unknown unit 'MM'");
        assertThatThrownBy(() -> ActivityUnit.parse("ug/mL")).hasMessageContaining("unknown unit 'ug/mL'").hasMessageContaining("nM");
        assertThatThrownBy(() -> ActivityUnit.parse(null)).hasMessageContaining("no unit");
    }

    @Test
    void refusesZeroNegativeAndNonFiniteValues() {
        assertThatThrownBy(() -> PActivity.of(0, ActivityUnit.NANOMOLAR)).hasMessageContaining("not positive");
        assertThatThrownBy(() -> PActivity.of(-5, ActivityUnit.NANOMOLAR)).hasMessageContaining("-5.0 nM is not positive");
        assertThatThrownBy(() -> PActivity.of(Double.POSITIVE_INFINITY, ActivityUnit.NANOMOLAR)).hasMessageContaining("not a finite");
    }

    @Test
    void readsNumbersAndNumericTextButNotCensoredValues() {
        assertThat(PActivity.number(12L)).isEqualTo(12.0);
        assertThat(PActivity.number(" 1.5e3 ")).isEqualTo(1500.0);
        assertThatThrownBy(() -> PActivity.number("<10")).hasMessageContaining("'<10' is not a number");
        assertThatThrownBy(() -> PActivity.number("NaN")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> PActivity.number("10f")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> PActivity.number(null)).hasMessageContaining("no activity value");
    }
}
