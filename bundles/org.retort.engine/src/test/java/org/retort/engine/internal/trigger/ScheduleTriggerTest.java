package org.retort.engine.internal.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retort.engine.internal.trigger.TriggerFixture.await;

import java.nio.file.Path;
import org.apache.camel.component.quartz.QuartzComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;
import org.retort.engine.Run;
import org.retort.engine.RunState;
import org.retort.engine.workflow.Trigger;

class ScheduleTriggerTest {

    /** Quartz cron with seconds: every second. */
    private static final Trigger EVERY_SECOND = new Trigger.Schedule("* * * * * ?");

    @TempDir
    Path temp;

    private TriggerFixture fixture;
    private TriggerManager triggers;

    @BeforeEach
    void arm() throws Exception {
        fixture = new TriggerFixture(temp);
        triggers = fixture.manager();
        triggers.arm(TriggerFixture.gated("nightly", EVERY_SECOND));
    }

    @AfterEach
    void close() {
        triggers.close();
        fixture.close();
    }

    private ScheduleRoute route() {
        return (ScheduleRoute) triggers.routes("nightly").get(0);
    }

    @Test
    void eachFiringStartsARunAndFiringsWhileARunIsGoingAreSkipped() throws Exception {
        await("the first run at the gate", () -> fixture.gate.running.get() == 1);
        await("a firing skipped", () -> route().skipped() >= 1);
        assertThat(route().started()).isEqualTo(1);
        assertThat(fixture.engine.runs()).hasSize(1);

        fixture.gate.gate.countDown();
        await("later firings start runs", () -> route().started() >= 3);
        assertThat(fixture.gate.maxRunning.get()).isEqualTo(1);
        assertThat(fixture.engine.runs()).hasSizeGreaterThanOrEqualTo(3)
                .filteredOn(run -> run.state() == RunState.FAILED).isEmpty();
    }

    @Test
    void disarmStopsTheScheduleAndCancelsItsRun() throws Exception {
        await("the first run at the gate", () -> fixture.gate.running.get() == 1);
        Run run = fixture.engine.runs().get(0);

        triggers.disarm("nightly");

        assertThat(run.await(TriggerFixture.DEADLINE)).isTrue();
        assertThat(run.state()).isEqualTo(RunState.CANCELLED);
        assertThat(triggers.armed()).isEmpty();
        assertThat(triggers.camelRoutes()).isZero();
        fixture.gate.gate.countDown();
        Thread.sleep(1_200); // longer than one period: a firing that still happened would start a run
        assertThat(fixture.engine.runs()).containsExactly(run);
    }

    private static Scheduler scheduler(TriggerManager manager) {
        return manager.camel().getComponent("quartz", QuartzComponent.class).getScheduler();
    }

    @Test
    void disarmingRemovesTheTriggerFromTheScheduler() throws Exception {
        Scheduler scheduler = scheduler(triggers);
        assertThat(scheduler.getTriggerKeys(GroupMatcher.anyGroup())).hasSize(1);

        triggers.disarm("nightly");

        assertThat(scheduler.getTriggerKeys(GroupMatcher.anyGroup())).isEmpty();
    }

    @Test
    void eachManagerHasASchedulerOfItsOwnWhichClosingShutsDown() throws Exception {
        TriggerManager other = fixture.manager();
        try {
            other.arm(TriggerFixture.gated("nightly", EVERY_SECOND));
            Scheduler mine = scheduler(triggers);
            Scheduler theirs = scheduler(other);
            assertThat(theirs).isNotSameAs(mine);
            assertThat(theirs.getTriggerKeys(GroupMatcher.anyGroup())).hasSize(1)
                    .doesNotContainAnyElementsOf(mine.getTriggerKeys(GroupMatcher.anyGroup()));

            triggers.close();

            assertThat(mine.isShutdown()).isTrue();
            assertThat(theirs.isShutdown()).isFalse();
        } finally {
            other.close();
        }
    }
}
