package org.retort.node.ml;

import com.oracle.labs.mlrg.olcut.config.ConfigurationData;
import com.oracle.labs.mlrg.olcut.config.ConfigurationManager;
import com.oracle.labs.mlrg.olcut.config.property.Property;
import com.oracle.labs.mlrg.olcut.config.property.SimpleProperty;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.retort.api.util.ContextClassLoader;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * The Tribuo trainer of some settings, built on Tribuo's own configuration system (OLCUT): the algorithm's trainer
 * as {@link Algorithm} configures it is turned into its configuration ({@code ProvenanceUtil.extractConfiguration}),
 * the overridden {@code @Config} properties are set, and OLCUT's {@code ConfigurationManager} instantiates the
 * trainer from that configuration — the way Tribuo rebuilds a trainer from a model's provenance.
 */
final class Trainers {

    /** Properties a search may not set: the seed is the node's {@code seed}; XGBoost's threads stay 1 for reproducibility. */
    private static final Set<String> FIXED = Set.of("seed", "nThread");

    private Trainers() {
    }

    @SuppressWarnings("unchecked")
    static Trainer<Regressor> regression(Settings settings, int features) {
        Trainer<Regressor> base = settings.algorithm().regression(settings.trees(), settings.maxDepth(), features, settings.seed());
        return settings.overrides().isEmpty() ? base : (Trainer<Regressor>) configured(base, settings.overrides());
    }

    @SuppressWarnings("unchecked")
    static Trainer<Label> classification(Settings settings, int features) {
        Trainer<Label> base = settings.algorithm().classification(settings.trees(), settings.maxDepth(), features, settings.seed());
        return settings.overrides().isEmpty() ? base : (Trainer<Label>) configured(base, settings.overrides());
    }

    /** The trainer of {@code settings} (its overrides applied) for {@code features} features. */
    static Trainer<?> of(Settings settings, int features) {
        return settings.task() == Task.REGRESSION ? regression(settings, features) : classification(settings, features);
    }

    /**
     * The hyperparameters of {@code trainer} that take a plain value, with their current values: the {@code @Config}
     * properties of the trainer and of the components it is built from (an optimiser, a forest's tree), in that order.
     */
    static Map<String, String> hyperparameters(Trainer<?> trainer) {
        var values = new LinkedHashMap<String, String>();
        List<ConfigurationData> components = configuration(trainer);
        Set<String> names = new TreeSet<>();
        components.forEach(c -> names.add(c.getName()));
        for (ConfigurationData component : components) {
            component.getProperties().forEach((name, property) -> {
                if (property instanceof SimpleProperty simple && !names.contains(simple.getValue()) && !FIXED.contains(name)) {
                    values.putIfAbsent(name, simple.getValue());
                }
            });
        }
        return values;
    }

    /** Tribuo's provenance of {@code trainer} (its class and every configured property), as OLCUT's JSON. */
    static String provenanceJson(Trainer<?> trainer) {
        return TrainedModel.provenanceJson(trainer.getProvenance());
    }

    /**
     * {@code base} rebuilt by OLCUT with {@code overrides} set; throws {@link IllegalArgumentException} naming a
     * property the trainer does not have or a value it does not take.
     */
    static Trainer<?> configured(Trainer<?> base, Map<String, String> overrides) {
        Map<String, String> known = hyperparameters(base);
        for (String name : overrides.keySet()) {
            if (!known.containsKey(name)) {
                throw new IllegalArgumentException(base.getClass().getSimpleName() + " has no hyperparameter '" + name + "'"
                        + (FIXED.contains(name) ? " to search (it is fixed by the node)" : "") + "; it has " + known.keySet());
            }
        }
        List<ConfigurationData> components = configuration(base);
        var copies = new ArrayList<ConfigurationData>();
        var remaining = new HashMap<>(overrides);
        for (ConfigurationData component : components) {
            ConfigurationData copy = component.copy();
            for (Map.Entry<String, Property> property : component.getProperties().entrySet()) {
                String value = remaining.remove(property.getKey());
                if (value != null) {
                    copy.add(property.getKey(), new SimpleProperty(value));
                }
            }
            copies.add(copy);
        }
        return ContextClassLoader.call(Model.class, () -> {
            try (var manager = new ConfigurationManager()) {
                manager.addConfiguration(copies);
                return (Trainer<?>) manager.lookup(components.get(0).getName());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Tribuo refuses " + overrides + " for " + base.getClass().getSimpleName() + ": "
                        + rootMessage(e), e);
            }
        });
    }

    private static List<ConfigurationData> configuration(Trainer<?> trainer) {
        return ContextClassLoader.call(Model.class, () -> ProvenanceUtil.extractConfiguration(trainer.getProvenance()));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
