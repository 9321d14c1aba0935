package org.retort.node.table;

import org.retort.api.testing.RecordingContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retort.node.table.Triage.ERLOTINIB;
import static org.retort.node.table.Triage.GEFITINIB;
import static org.retort.node.table.Triage.IMATINIB;
import static org.retort.node.table.Triage.ids;
import static org.retort.node.table.Triage.in;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.node.table.Sort.Order;

class TopNTest {

    private final RecordingContext context = new RecordingContext();

    private Table top(Table table, int n) {
        return new TopN().process(in(table), new TopN.Params(n), context).get("out");
    }

    private static Table mostPotentFirst(Table table) throws Exception {
        var params = new Sort.Params("p_activity", Order.DESCENDING, "", Order.ASCENDING, "", Order.ASCENDING);
        return new Sort().process(in(table), params, new RecordingContext()).get("out");
    }

    @Test
    void afterASortKeepsTheBestNAndCountsTheRest() throws Exception {
        Table out = top(mostPotentFirst(Triage.table()), 3);
        assertThat(ids(out)).containsExactly(GEFITINIB, ERLOTINIB, IMATINIB);
        assertThat(out.schema()).isEqualTo(Triage.SCHEMA);
        assertThat(context.counter(TopN.LEFT_OUT)).isEqualTo(3);
    }

    @Test
    void nAboveTheTableSizeKeepsEverything() {
        assertThat(top(Triage.table(), 100).rows()).isEqualTo(Triage.table().rows());
        assertThat(context.counter(TopN.LEFT_OUT)).isZero();
    }

    @Test
    void rowsThatFailedUpstreamPassThroughAndDoNotTakeAPlace() throws Exception {
        Table out = top(mostPotentFirst(Triage.withFailedRow()), 2);
        assertThat(ids(out)).containsExactly(GEFITINIB, ERLOTINIB);
        assertThat(out.failedRows()).containsExactly(Triage.withFailedRow().rows().get(6));
        assertThat(context.counter(TopN.LEFT_OUT)).isEqualTo(4);
    }

    @Test
    void anInputThatReceivedNoChunkComesBackEmpty() {
        assertThat(top(Table.empty(Schema.EMPTY), 5).rows()).isEmpty();
    }

    @Test
    void nBelowOneIsADesignTimeError() {
        assertThat(new TopN().configure(Map.of("in", Triage.SCHEMA), new TopN.Params(1))).containsEntry("out", Triage.SCHEMA);
        assertThatThrownBy(() -> new TopN().configure(Map.of("in", Triage.SCHEMA), new TopN.Params(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> top(Triage.table(), -2)).hasMessageContaining("at least 1, not -2");
    }
}
