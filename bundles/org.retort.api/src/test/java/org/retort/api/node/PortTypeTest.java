package org.retort.api.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortTypeTest {

    @Test
    void aMoleculeTableFeedsATableInputButNotTheReverse() {
        assertThat(PortType.MOLECULES.canFeed(PortType.TABLE)).isTrue();
        assertThat(PortType.TABLE.canFeed(PortType.MOLECULES)).isFalse();
        assertThat(PortType.MODEL.canFeed(PortType.MODEL)).isTrue();
        assertThat(PortType.FILE.canFeed(PortType.TABLE)).isFalse();
    }
}
