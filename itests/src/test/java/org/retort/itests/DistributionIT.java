package org.retort.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Boots the assembled distribution (the same tar.gz users get) and checks it from inside: every
 * Retort bundle active, the API healthy and ready, and a capability feature that can be removed and
 * brought back on the running system.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DistributionIT extends RetortContainer {

    @Inject
    BundleContext context;

    @Inject
    FeaturesService features;

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    @Test
    public void everyRetortBundleIsActive() {
        List<String> retort = new ArrayList<>();
        List<String> inactive = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.retort.")) {
                retort.add(b.getSymbolicName());
                if (b.getState() != Bundle.ACTIVE) {
                    inactive.add(b.getSymbolicName() + " state " + b.getState());
                }
            }
        }
        assertTrue("Retort bundles installed: " + retort, retort.containsAll(List.of("org.retort.api", "org.retort.web", "org.retort.engine", "org.retort.store", "org.retort.auth", "org.retort.rest", "org.retort.shell", "org.retort.node.io", "org.retort.node.chem", "org.retort.node.table", "org.retort.node.ml",
                "org.retort.lib.web", "org.retort.lib.camel", "org.retort.lib.jpa", "org.retort.lib.cdk",
                "org.retort.lib.tribuo", "org.retort.lib.artemis")));
        assertEquals("inactive Retort bundles", List.of(), inactive);
    }

    @Test
    public void healthAndReadinessAnswer200() throws Exception {
        int port = webPort();
        Http.Answer ready = Http.await(port, "/api/v1/ready", 200, Duration.ofSeconds(60));
        assertEquals(ready.body(), 200, ready.status());
        assertTrue(ready.body(), ready.body().contains("\"status\":\"READY\""));
        Http.Answer health = Http.get(port, "/api/v1/health");
        assertEquals(200, health.status());
        Http.Answer missing = Http.get(port, "/api/v1/no-such-thing");
        assertEquals(404, missing.status());
        assertTrue(missing.body(), missing.body().contains("\"status\":404"));
    }

    @Test
    public void theWebCapabilitiesUninstallAndReinstallOnARunningSystem() throws Exception {
        int port = webPort();
        assertEquals(200, Http.await(port, "/api/v1/ready", 200, Duration.ofSeconds(60)).status());
        assertEquals("the palette needs a login", 401, Http.get(port, "/api/v1/nodes").status());

        // everything that serves over HTTP: the editor, the REST API, the chemistry plugin's depictions, the server
        for (String feature : List.of("retort-editor", "retort-rest", "retort-auth", "retort-node-chem", "retort-web")) {
            features.uninstallFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
        }
        assertNull("org.retort.rest is gone", bundle("org.retort.rest"));
        assertNull("org.retort.web is gone", bundle("org.retort.web"));
        assertEquals("the port is closed", 0, Http.get(port, "/api/v1/health").status());

        for (String feature : List.of("retort-rest", "retort-node-chem", "retort-editor")) {
            features.installFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
        }
        Http.Answer ready = Http.await(port, "/api/v1/ready", 200, Duration.ofSeconds(60));
        assertEquals(ready.body(), 200, ready.status());
        assertEquals(Bundle.ACTIVE, bundle("org.retort.web").getState());
        assertEquals("the REST API came back with its security", 401, Http.await(port, "/api/v1/nodes", 401, Duration.ofSeconds(30)).status());
        Http.Answer editor = Http.await(port, "/", 200, Duration.ofSeconds(30));
        assertTrue("the editor is served again: " + editor.body(), editor.body().contains("<div id=\"root\">"));
    }
}
