package org.retort.node.ml;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SinkNode;
import org.retort.store.Artifact;
import org.retort.store.Artifacts;
import org.retort.store.Model;
import org.retort.store.ModelVersion;
import org.retort.store.Models;
import org.retort.store.NewModelVersion;
import org.retort.store.StoreConflictException;
import org.retort.store.Workspace;
import org.retort.store.Workspaces;

/** Stores a trained model and adds it to the model registry as a new version; see {@code Register.md}. */
@Component(service = NodeType.class)
@Node(id = "retort.ml.register", version = "1.0.0", title = "Register model", category = "Machine learning",
        tags = {"register", "registry", "model", "version", "promote", "tribuo"},
        inputs = @Port(name = "model", type = PortType.MODEL, description = "The model, from Train."))
public final class Register implements SinkNode<Register.Params> {

    static final String REGISTERED = "models registered";
    /** The media type of the stored model: the model row as one JSON object. */
    static final String MEDIA_TYPE = "application/vnd.retort.model+json";

    private final Models models;
    private final Artifacts artifacts;
    private final Workspaces workspaces;

    @Activate
    public Register(@Reference Models models, @Reference Artifacts artifacts, @Reference Workspaces workspaces) {
        this.models = models;
        this.artifacts = artifacts;
        this.workspaces = workspaces;
    }

    public record Params(
            @Param(title = "Workspace", description = "The workspace's name (any case) or id.") String workspace,
            @Param(title = "Model name", pattern = ".*\\S.*",
                   description = "The registered model; created in the workspace on first use.") String model,
            @Param(title = "Promote", defaultValue = "false",
                   description = "Make the new version the active one (the version Predict uses by name).") boolean promote) {
    }

    @Override
    public ChunkWriter open(Params params, NodeContext context) {
        Workspace workspace = new Registry(workspaces, models, artifacts).workspace(params.workspace(), context.startedBy(), true);
        return new ChunkWriter() {
            private boolean registered;

            @Override
            public void write(Table chunk) {
                for (Row row : chunk.goodRows()) {
                    if (registered) {
                        context.warn("the model input holds more than one model: only the first was registered");
                        return;
                    }
                    register(workspace, params, new Table(chunk.schema(), List.of(row)), context);
                    registered = true;
                }
            }

            @Override
            public void close() {
                if (!registered) {
                    context.warn("the model input held no model: nothing was registered");
                }
            }
        };
    }

    private void register(Workspace workspace, Params params, Table table, NodeContext context) {
        TrainedModel model = TrainedModel.from(table); // checks the row is a readable Retort model
        Schema schema = table.schema();
        Row row = table.goodRows().get(0);
        Artifact artifact = artifacts.put(new ByteArrayInputStream(ModelJson.write(schema, row)), MEDIA_TYPE,
                params.model().trim() + ".model.json");
        Model entry = modelNamed(workspace, params.model(), context.startedBy().orElse(null));
        ModelVersion version = models.addVersion(entry.id(), new NewModelVersion(artifact.sha256(),
                model.task().name(), model.algorithm().name(), model.target(), row.string(schema.index("features")),
                row.string(schema.index("metrics")), model.trainingRows(), model.trainingHash(), model.provenance()),
                context.startedBy().orElse(null));
        if (params.promote()) {
            models.promote(entry.id(), version.version(), context.startedBy().orElse(null));
        }
        context.count(REGISTERED, 1);
        context.info("registered model '" + entry.name() + "' version " + version.version()
                + (params.promote() ? ", now active" : ""));
    }

    private Model modelNamed(Workspace workspace, String name, String createdBy) {
        return models.findByName(workspace.id(), name).orElseGet(() -> {
            try {
                return models.create(workspace.id(), name, createdBy);
            } catch (StoreConflictException createdMeanwhile) {
                return models.findByName(workspace.id(), name).orElseThrow(() -> createdMeanwhile);
            }
        });
    }
}
