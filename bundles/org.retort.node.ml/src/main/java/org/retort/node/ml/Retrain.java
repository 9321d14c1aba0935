package org.retort.node.ml;

import com.oracle.labs.mlrg.olcut.config.ConfigurationData;
import com.oracle.labs.mlrg.olcut.config.ConfigurationManager;
import com.oracle.labs.mlrg.olcut.config.json.JsonProvenanceSerialization;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import com.oracle.labs.mlrg.olcut.provenance.io.ProvenanceSerializationException;
import java.util.List;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;
import org.retort.api.util.ContextClassLoader;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;

/**
 * Trains a model again from the Tribuo provenance its model row keeps. The trainer is rebuilt by Tribuo's own
 * configuration system: the trainer provenance is turned into its configuration
 * ({@code ProvenanceUtil.extractConfiguration}), OLCUT's {@code ConfigurationManager} instantiates it, and its
 * invocation count is set to the one recorded (as Tribuo's {@code ReproUtil} does; that module is not in the
 * distribution). Tribuo's dataset provenance records the source, the number of rows and features, not the values:
 * the rows are given again and turned into examples by the node's own conversion ({@link Examples}), checked against
 * the model's {@code training_hash}.
 */
final class Retrain {

    private Retrain() {
    }

    /** The provenance of a model row ({@link TrainedModel#provenance}: OLCUT JSON) as Tribuo's model provenance. */
    static ModelProvenance provenance(String json) {
        return ContextClassLoader.call(Model.class, () -> {
            try {
                return (ModelProvenance) ProvenanceUtil.unmarshalProvenance(new JsonProvenanceSerialization(true).deserializeFromString(json));
            } catch (ProvenanceSerializationException | RuntimeException e) {
                throw new IllegalArgumentException("the model's provenance cannot be read: " + e.getMessage(), e);
            }
        });
    }

    /** The trainer recorded in a model row's provenance, rebuilt by OLCUT, with the invocation count it had. */
    static Trainer<?> trainer(String json) {
        TrainerProvenance recorded = provenance(json).getTrainerProvenance();
        return ContextClassLoader.call(Model.class, () -> {
            List<ConfigurationData> configuration = ProvenanceUtil.extractConfiguration(recorded);
            try (var manager = new ConfigurationManager()) {
                manager.addConfiguration(configuration);
                Trainer<?> trainer = (Trainer<?>) manager.lookup(configuration.get(0).getName());
                PrimitiveProvenance<?> count = recorded.getInstanceValues().get(TrainerProvenance.TRAIN_INVOCATION_COUNT);
                if (count != null && count.getValue() instanceof Integer n) {
                    trainer.setInvocationCount(n);
                }
                return trainer;
            }
        });
    }

    /**
     * {@code model} trained again on {@code table} with the trainer its provenance records; {@code missing} as when it
     * was trained (the model row does not record it). Throws {@link IllegalArgumentException} when the rows learnt
     * from are not the model's (another training hash).
     */
    static TrainedModel of(TrainedModel model, Table table, MissingValues missing, NodeContext context) {
        Settings settings = Settings.of(model.task(), model.target(), String.join(",", model.features()), "", model.algorithm(), missing,
                model.threshold(), model.positiveClass(), 1, 0, 0);
        Examples data = Examples.of(table, settings, context);
        String hash = data.contentHash(model.target());
        if (!hash.equals(model.trainingHash())) {
            throw new IllegalArgumentException("these rows are not the ones the model learnt from: training hash " + model.trainingHash()
                    + ", theirs " + hash + " (" + data.size() + " rows, " + model.trainingRows() + " learnt from)");
        }
        return Train.onAllRows(settings, data, trainer(model.provenance()));
    }
}
