package org.retort.node.ml;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.BarrierNode;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.store.Artifacts;
import org.retort.store.Models;
import org.retort.store.Workspaces;

/**
 * Adds a model's prediction and applicability domain to every row; the model comes from the {@code model} port or
 * from the registry by name; see {@code Predict.md}.
 */
@Component(service = NodeType.class)
@Node(id = "retort.ml.predict", version = "1.1.0", title = "Predict", category = "Machine learning",
        tags = {"predict", "apply", "score", "model", "qsar", "applicability domain", "registry", "tribuo"},
        inputs = {
            @Port(name = "in", type = PortType.TABLE, description = "Rows with the feature columns the model was trained on."),
            @Port(name = "model", type = PortType.MODEL, required = false,
                  description = "The model, from Train or Search; leave unconnected to name a registered model instead.")},
        outputs = @Port(name = "out", type = PortType.TABLE, description = "The input plus the prediction and applicability-domain columns."))
public final class Predict implements BarrierNode<Predict.Params> {

    /** Predictions kept across runs (least recently used first out): about 250 bytes each with its key, 25 MB when full. */
    static final int CACHE_ENTRIES = 100_000;
    /** How long a run by model name waits for the store's services, which may still be starting (database migrations). */
    static final Duration STORE_WAIT = Duration.ofSeconds(60);

    // the store is optional: without it Predict works from its model port
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Workspaces workspaces;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Models models;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Artifacts artifacts;

    private final PredictionCache cache;
    private final Duration storeWait;
    /** Rows the models themselves predicted, over every run of this component (cache hits excluded); for tests. */
    final AtomicLong modelPredictions = new AtomicLong();

    public Predict() {
        this(null, null, null, CACHE_ENTRIES, STORE_WAIT);
    }

    /** With the registry's services (any may be {@code null}), a cache of {@code cacheEntries} and a wait for the store. */
    Predict(Workspaces workspaces, Models models, Artifacts artifacts, int cacheEntries, Duration storeWait) {
        this.workspaces = workspaces;
        this.models = models;
        this.artifacts = artifacts;
        this.cache = new PredictionCache(cacheEntries);
        this.storeWait = storeWait;
    }

    public record Params(
            @Param(title = "Prediction column", defaultValue = "prediction", pattern = "[A-Za-z_][A-Za-z0-9_]*",
                   description = "Regression: the value; classification: the score of the positive class (two classes) or of the predicted class. "
                           + "The class goes to <name>_class, the applicability domain to <name>_in_domain and <name>_similarity.") String column,
            @Param(title = "Workspace", defaultValue = "",
                   description = "With a model name: the workspace of the registered model (its name, any case, or id).") String workspace,
            @Param(title = "Model name", defaultValue = "",
                   description = "A registered model, instead of the model port.") String model,
            @Param(title = "Version", defaultValue = "", pattern = "([1-9][0-9]*)?",
                   description = "A version of the registered model; empty: its active version.") String version,
            @Param(title = "Domain threshold", defaultValue = "0.3", min = 0, max = 1, advanced = true,
                   description = "Binary features: a row whose maximum Tanimoto similarity to the training rows is below this is outside the domain.")
            double domainThreshold) {

        boolean named() {
            return !model.isBlank();
        }
    }

    /**
     * For a model by name, the artifact of the version the name means now: promoting another version (or the
     * registry changing under a pinned one) makes the engine's result cache compute the predictions again. A model
     * from the port is part of the input already ({@code ""}); an unreadable registry is "cannot tell" ({@code null}).
     */
    @Override
    public String fingerprint(Params params) {
        if (!params.named()) {
            return "";
        }
        Workspaces w = workspaces;
        Models m = models;
        Artifacts a = artifacts;
        if (w == null || m == null || a == null) {
            return null;
        }
        try {
            int version = params.version().isBlank() ? 0 : Integer.parseInt(params.version().trim());
            return "model " + new Registry(w, m, a).choose(params.workspace(), params.model().trim(), version,
                    java.util.Optional.empty()).version().artifactSha256();
        } catch (RuntimeException unresolvable) {
            return null; // the run itself reports why
        }
    }

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) throws InterruptedException {
        check(inputs.containsKey("model"), params);
        Table modelTable = inputs.containsKey("model") ? inputs.get("model") : registered(params, context);
        TrainedModel model = TrainedModel.from(modelTable);
        Schema schema = modelTable.schema();
        var row = modelTable.goodRows().get(0);
        String identity = PredictionCache.model(row.string(schema.index("model")), model.positiveClass());
        Table in = inputs.getOrDefault("in", Table.empty(Schema.EMPTY));
        var predictor = new Predictor(model, identity, cache, params.domainThreshold(), modelPredictions);
        return Map.of("out", predictor.apply(in, output(in.schema(), params), context));
    }

    /** Exactly one model source: the port or a registered name (with its workspace). */
    private static void check(boolean port, Params params) {
        if (port && params.named()) {
            throw new IllegalArgumentException("the model comes either from the model port or by name, not both: disconnect the port or clear "
                    + "the model name '" + params.model() + "'");
        }
        if (!port && !params.named()) {
            throw new IllegalArgumentException("no model: connect the model port or name a registered model (workspace and model name)");
        }
        if (!params.named() && !params.version().isBlank()) {
            throw new IllegalArgumentException("version " + params.version() + " needs a model name");
        }
        if (params.named() && params.workspace().isBlank()) {
            throw new IllegalArgumentException("name the workspace of registered model '" + params.model() + "'");
        }
    }

    private Table registered(Params params, NodeContext context) throws InterruptedException {
        int version = params.version().isBlank() ? 0 : Integer.parseInt(params.version());
        Registry.Loaded loaded = registry(params, context).load(params.workspace(), params.model().trim(), version, context.startedBy());
        context.info("predicting with model '" + loaded.model() + "' version " + loaded.version() + " (artifact " + loaded.artifactSha256() + ")");
        return loaded.table();
    }

    /** The store's services, waiting up to {@link #storeWait} for them: at start-up the store may come up after this node. */
    private Registry registry(Params params, NodeContext context) throws InterruptedException {
        long deadline = System.nanoTime() + storeWait.toNanos();
        while (true) {
            Workspaces w = workspaces;
            Models m = models;
            Artifacts a = artifacts;
            if (w != null && m != null && a != null) {
                return new Registry(w, m, a);
            }
            if (System.nanoTime() >= deadline) {
                throw new IllegalStateException("predicting with registered model '" + params.model()
                        + "' needs the store (feature retort-store), which is not running");
            }
            context.throwIfCancelled();
            Thread.sleep(100);
        }
    }

    private static Schema output(Schema in, Params params) {
        String value = params.column();
        var added = new Column[] {Column.of(value, ColumnType.DOUBLE), Column.of(value + "_class", ColumnType.STRING),
            Column.of(value + "_in_domain", ColumnType.BOOLEAN), Column.of(value + "_similarity", ColumnType.DOUBLE)};
        for (Column column : added) {
            if (in.indexOf(column.name()) >= 0) {
                throw new IllegalArgumentException("the input already has a column '" + column.name() + "': choose another prediction column");
            }
        }
        return in.plus(added);
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        check(inputs.containsKey("model"), params);
        Schema in = inputs.get("in");
        return in == null ? Map.of() : Map.of("out", output(in, params));
    }
}
