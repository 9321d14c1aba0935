package org.retort.node.chem.interference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PainsCatalogTest {

    @Test
    void shipsThe480PublishedAlertsSplitIntoFamiliesOf16And55And409() {
        assertThat(PainsCatalog.alerts()).hasSize(480);
        var sizes = PainsCatalog.alerts().stream().collect(Collectors.groupingBy(PainsAlert::family, Collectors.counting()));
        assertThat(sizes).containsEntry(PainsFamily.A, 16L).containsEntry(PainsFamily.B, 55L).containsEntry(PainsFamily.C, 409L);
    }

    @Test
    void readsNameHitsAndSmartsOfEachLine() {
        PainsAlert first = PainsCatalog.alerts().get(0);
        assertThat(first.index()).isZero();
        assertThat(first.name()).isEqualTo("anil_di_alk_F");
        assertThat(first.hits()).isEqualTo(14);
        assertThat(first.family()).isEqualTo(PainsFamily.C);
        assertThat(first.smarts()).startsWith("c:1:c:c(:c:c:c:1-[#6;X4]");
        assertThat(PainsCatalog.alerts()).filteredOn(a -> a.name().equals("ene_rhod_A")).singleElement()
                .satisfies(a -> assertThat(a.family()).isEqualTo(PainsFamily.A));
        assertThat(PainsCatalog.alerts()).filteredOn(a -> a.name().equals("catechol_A")).singleElement()
                .satisfies(a -> assertThat(a.family()).isEqualTo(PainsFamily.B));
    }

    @Test
    void familyBoundariesAre150And15Hits() {
        assertThat(PainsFamily.ofHits(150)).isEqualTo(PainsFamily.A);
        assertThat(PainsFamily.ofHits(149)).isEqualTo(PainsFamily.B);
        assertThat(PainsFamily.ofHits(15)).isEqualTo(PainsFamily.B);
        assertThat(PainsFamily.ofHits(14)).isEqualTo(PainsFamily.C);
    }

    @Test
    void refusesAMalformedLineNamingIt() {
        assertThatThrownBy(() -> PainsCatalog.parse(new BufferedReader(new StringReader("\"c1ccccc1\",\"<regId=x(3)>\"\nc1ccccc1,benzene\n"))))
                .hasMessageContaining("line 2");
    }
}
