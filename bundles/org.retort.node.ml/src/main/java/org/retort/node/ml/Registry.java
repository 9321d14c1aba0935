package org.retort.node.ml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.retort.api.data.Table;
import org.retort.store.Artifacts;
import org.retort.store.Model;
import org.retort.store.ModelVersion;
import org.retort.store.Models;
import org.retort.store.Workspace;
import org.retort.store.Workspaces;

/**
 * The model registry as Register and Predict see it: workspaces by name or id, and the model row of a registered
 * version read back from its artifact ({@link ModelJson}).
 */
record Registry(Workspaces workspaces, Models models, Artifacts artifacts) {

    /** A model version read from the registry: the {@code MODEL} table and the artifact it was read from. */
    record Loaded(Table table, String model, int version, String artifactSha256) {
    }

    /** The workspace named {@code nameOrId} (its id, or its name in any case). */
    Workspace workspace(String nameOrId) {
        return workspaces.find(nameOrId).or(() -> workspaces.findByName(nameOrId))
                .orElseThrow(() -> new IllegalArgumentException("there is no workspace '" + nameOrId + "'"));
    }

    /**
     * The workspace named {@code nameOrId} as the user who started the run may use it: a member for reading, an owner
     * or member for writing. A run nobody in particular started (headless, a trigger) is not checked: whoever can
     * start it runs Retort. Another team's workspace answers as if it did not exist, as the REST API does.
     */
    Workspace workspace(String nameOrId, java.util.Optional<String> user, boolean write) {
        Workspace space = workspace(nameOrId);
        if (user.isEmpty()) {
            return space;
        }
        var membership = workspaces.membership(space.id(), user.get())
                .orElseThrow(() -> new IllegalArgumentException("there is no workspace '" + nameOrId + "'"));
        if (write && membership.role() == org.retort.store.WorkspaceRole.VIEWER) {
            throw new IllegalArgumentException("you may only read workspace '" + space.name() + "': registering a model needs a member or an owner");
        }
        return space;
    }

    /**
     * The registered model {@code name} of {@code workspace}: version {@code version}, or the active version when
     * {@code version} is 0, for {@code user} (see {@link #workspace(String, java.util.Optional, boolean)}). Throws
     * {@link IllegalArgumentException} naming what does not exist.
     */
    Loaded load(String workspace, String name, int version, java.util.Optional<String> user) {
        Chosen chosen = choose(workspace, name, version, user);
        String what = "model '" + chosen.model().name() + "' version " + chosen.version().version();
        if (!artifacts.exists(chosen.version().artifactSha256())) {
            throw new IllegalArgumentException("the stored " + what + " (artifact " + chosen.version().artifactSha256() + ") is missing");
        }
        try (InputStream in = artifacts.open(chosen.version().artifactSha256())) {
            return new Loaded(ModelJson.read(in, what), chosen.model().name(), chosen.version().version(), chosen.version().artifactSha256());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored " + what + ": " + e.getMessage(), e);
        }
    }

    /** A registered model and the version of it a name (and an optional pinned version) means now. */
    record Chosen(Model model, ModelVersion version) {
    }

    /** The version {@code load} would read, without reading it: the active one when {@code version} is 0. */
    Chosen choose(String workspace, String name, int version, java.util.Optional<String> user) {
        Workspace space = workspace(workspace, user, false);
        Model model = models.findByName(space.id(), name).orElseThrow(() -> new IllegalArgumentException(
                "workspace '" + space.name() + "' has no registered model '" + name + "'"));
        ModelVersion chosen;
        if (version == 0) {
            chosen = models.active(model.id()).orElseThrow(() -> new IllegalArgumentException("model '" + model.name()
                    + "' has no active version: promote one" + (model.latestVersion() > 0 ? " (the latest is version "
                    + model.latestVersion() + ")" : " (it has no version yet)") + " or pin a version"));
        } else {
            chosen = models.version(model.id(), version).orElseThrow(() -> new IllegalArgumentException("model '" + model.name()
                    + "' has no version " + version + (model.latestVersion() > 0 ? " (versions 1 to " + model.latestVersion() + ")"
                    : " (it has no version yet)")));
        }
        return new Chosen(model, chosen);
    }
}
