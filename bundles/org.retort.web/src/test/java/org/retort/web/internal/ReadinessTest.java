package org.retort.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.web.internal.Readiness.BundleState;
import org.retort.web.internal.Readiness.ComponentState;

class ReadinessTest {

    private static final List<BundleState> HEALTHY = List.of(
            new BundleState("org.apache.felix.scr", "ACTIVE", false),
            new BundleState("org.retort.api", "ACTIVE", false),
            new BundleState("org.retort.web", "ACTIVE", false));

    @Test
    void readyWhenEveryRetortBundleIsActiveAndNothingIsMissing() {
        Readiness.Report report = Readiness.evaluate(true, HEALTHY,
                List.of(new ComponentState("org.retort.web", "web", "ACTIVE", List.of())), Map.of());
        assertThat(report.ready()).isTrue();
        assertThat(report.missing()).isEmpty();
        assertThat(report.retortBundles()).isEqualTo(2);
        assertThat(report.toJson()).containsEntry("status", "READY");
    }

    @Test
    void aResolvedRetortBundleIsNamed() {
        List<BundleState> bundles = List.of(new BundleState("org.retort.api", "ACTIVE", false),
                new BundleState("org.retort.node.chem", "RESOLVED", false),
                new BundleState("org.apache.other", "RESOLVED", false));
        Readiness.Report report = Readiness.evaluate(true, bundles, List.of(), Map.of());
        assertThat(report.ready()).isFalse();
        assertThat(report.missing()).containsExactly("bundle org.retort.node.chem is RESOLVED, not ACTIVE");
        assertThat(report.toJson()).containsEntry("status", "NOT_READY");
    }

    @Test
    void aResolvedFragmentIsFine() {
        List<BundleState> bundles = List.of(new BundleState("org.retort.api", "ACTIVE", false),
                new BundleState("org.retort.fragment", "RESOLVED", true));
        assertThat(Readiness.evaluate(true, bundles, List.of(), Map.of()).ready()).isTrue();
    }

    @Test
    void aComponentWaitingForAReferenceIsNamedWithWhatItWaitsFor() {
        Readiness.Report report = Readiness.evaluate(true, HEALTHY, List.of(new ComponentState("org.retort.web",
                "org.retort.web.internal.ReadyResource", "UNSATISFIED_REFERENCE", List.of("scr (null)"))), Map.of());
        assertThat(report.ready()).isFalse();
        assertThat(report.missing()).singleElement().asString()
                .contains("org.retort.web.internal.ReadyResource").contains("waits for scr");
    }

    @Test
    void aComponentWaitingOnPurposeForConfigurationDoesNotBlock() {
        Readiness.Report report = Readiness.evaluate(true, HEALTHY, List.of(
                new ComponentState("org.retort.web", "postgres", "UNSATISFIED_CONFIGURATION", List.of())), Map.of());
        assertThat(report.ready()).isTrue();
    }

    @Test
    void bootInProgressAndMissingServicesAreNamed() {
        Readiness.Report report = Readiness.evaluate(false, HEALTHY, List.of(),
                Map.of("org.retort.engine.Engine", false));
        assertThat(report.missing()).containsExactly("Karaf is still installing its boot features",
                "service org.retort.engine.Engine is not registered");
    }
}
