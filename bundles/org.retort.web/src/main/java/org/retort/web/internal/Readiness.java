package org.retort.web.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides whether Retort is ready to serve: every Retort bundle active, every Declarative Services
 * component of those bundles satisfied, and every service the configuration names present.
 * Pure logic over snapshots, so it is tested without a framework; {@link ReadyResource} takes the
 * snapshots from the running framework.
 */
final class Readiness {

    /** What a bundle looks like to readiness. */
    record BundleState(String symbolicName, String state, boolean fragment) {
    }

    /** What a DS component looks like to readiness; {@code unsatisfied} lists missing references. */
    record ComponentState(String bundle, String name, String state, List<String> unsatisfied) {
    }

    /** The verdict and what it is missing, in words an operator can act on. */
    record Report(boolean ready, List<String> missing, int retortBundles, int activeRetortBundles) {
        Map<String, Object> toJson() {
            Map<String, Object> body = new TreeMap<>();
            body.put("status", ready ? "READY" : "NOT_READY");
            body.put("missing", missing);
            body.put("bundles", Map.of("retort", retortBundles, "active", activeRetortBundles));
            return body;
        }
    }

    private Readiness() {
    }

    static boolean isRetort(String symbolicName) {
        return symbolicName != null && symbolicName.startsWith("org.retort.");
    }

    static Report evaluate(boolean bootFinished, Collection<BundleState> bundles, Collection<ComponentState> components,
            Map<String, Boolean> requiredServices) {
        List<String> missing = new ArrayList<>();
        if (!bootFinished) {
            missing.add("Karaf is still installing its boot features");
        }
        int retort = 0;
        int active = 0;
        for (BundleState b : bundles) {
            if (!isRetort(b.symbolicName())) {
                continue;
            }
            retort++;
            boolean ok = b.fragment() ? !"INSTALLED".equals(b.state()) : "ACTIVE".equals(b.state());
            if (ok) {
                active++;
            } else {
                missing.add("bundle " + b.symbolicName() + " is " + b.state() + ", not ACTIVE");
            }
        }
        for (ComponentState c : components) {
            switch (c.state()) {
                case "UNSATISFIED_REFERENCE" -> missing.add("component " + c.name() + " (" + c.bundle()
                        + ") waits for " + String.join(", ", c.unsatisfied()));
                case "FAILED_ACTIVATION" -> missing.add("component " + c.name() + " (" + c.bundle()
                        + ") failed to activate; see data/log/karaf.log");
                default -> { /* ACTIVE, SATISFIED, or waiting on purpose for configuration */ }
            }
        }
        requiredServices.forEach((service, present) -> {
            if (!present) {
                missing.add("service " + service + " is not registered");
            }
        });
        return new Report(missing.isEmpty(), List.copyOf(missing), retort, active);
    }
}
