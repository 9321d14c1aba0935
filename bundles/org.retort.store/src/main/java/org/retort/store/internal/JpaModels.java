package org.retort.store.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.retort.store.Model;
import org.retort.store.ModelPromotion;
import org.retort.store.ModelVersion;
import org.retort.store.Models;
import org.retort.store.NewModelVersion;
import org.retort.store.Page;
import org.retort.store.StoreConflictException;
import org.retort.store.StoreNotFoundException;

final class JpaModels extends Repository implements Models {

    JpaModels(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    public Model create(String workspaceId, String name, String createdBy) {
        ModelEntity e = new ModelEntity();
        e.id = newId();
        e.workspaceId = workspaceId;
        e.name = require("The model name", name, 200).trim();
        e.nameKey = key(name);
        e.createdBy = truncate(createdBy, 100);
        e.createdAt = now();
        return db.tx("create model " + e.name, em -> {
            found(em, WorkspaceEntity.class, workspaceId, "workspace");
            if (byName(em, workspaceId, e.nameKey).isPresent()) {
                throw new StoreConflictException("The workspace has a model named " + e.name + " already");
            }
            em.persist(e);
            return record(e);
        });
    }

    private static Optional<ModelEntity> byName(EntityManager em, String workspaceId, String nameKey) {
        return first(em.createQuery("SELECT m FROM ModelEntity m WHERE m.workspaceId = :ws AND m.nameKey = :k",
                ModelEntity.class).setParameter("ws", workspaceId).setParameter("k", nameKey));
    }

    @Override
    public Optional<Model> find(String id) {
        return db.tx("find a model", em -> Optional.ofNullable(id == null ? null
                : em.find(ModelEntity.class, id)).map(JpaModels::record));
    }

    @Override
    public Optional<Model> findByName(String workspaceId, String name) {
        return name == null || name.isBlank() ? Optional.empty()
                : db.tx("find a model", em -> byName(em, workspaceId, key(name)).map(JpaModels::record));
    }

    @Override
    public Page<Model> list(String workspaceId, int offset, int limit) {
        checkPage(offset, limit);
        return db.tx("list models", em -> page(
                em.createQuery("SELECT m FROM ModelEntity m WHERE m.workspaceId = :ws ORDER BY m.nameKey",
                        ModelEntity.class).setParameter("ws", workspaceId),
                em.createQuery("SELECT COUNT(m) FROM ModelEntity m WHERE m.workspaceId = :ws", Long.class)
                        .setParameter("ws", workspaceId).getSingleResult(),
                offset, limit, JpaModels::record));
    }

    @Override
    public ModelVersion addVersion(String modelId, NewModelVersion version, String createdBy) {
        require("The artifact", version.artifactSha256());
        require("The task", version.task(), 40);
        return db.tx("add a model version", em -> {
            found(em, ArtifactEntity.class, version.artifactSha256(), "artifact");
            ModelVersionEntity v = new ModelVersionEntity();
            v.id = newId();
            v.modelId = modelId;
            v.artifactSha256 = version.artifactSha256();
            v.task = version.task();
            v.algorithm = truncate(version.algorithm(), 200);
            v.target = truncate(version.target(), 500);
            v.features = version.featuresJson();
            v.metrics = version.metricsJson();
            v.trainingRows = version.trainingRows() < 0 ? -1 : version.trainingRows();
            v.trainingHash = truncate(version.trainingHash(), 128);
            v.provenance = version.provenanceJson();
            v.createdBy = truncate(createdBy, 100);
            v.createdAt = now();
            v.version = JpaWorkflows.nextVersion(em, "ModelEntity", modelId, null, "model");
            em.persist(v);
            return record(v);
        });
    }

    @Override
    public Optional<ModelVersion> version(String modelId, int version) {
        return db.tx("read a model version", em -> versionOf(em, modelId, version).map(JpaModels::record));
    }

    private static Optional<ModelVersionEntity> versionOf(EntityManager em, String modelId, int version) {
        return first(em.createQuery("SELECT v FROM ModelVersionEntity v WHERE v.modelId = :m AND v.version = :n",
                ModelVersionEntity.class).setParameter("m", modelId).setParameter("n", version));
    }

    @Override
    public List<ModelVersion> versions(String modelId) {
        return db.tx("list model versions", em -> em.createQuery("SELECT v FROM ModelVersionEntity v"
                        + " WHERE v.modelId = :m ORDER BY v.version", ModelVersionEntity.class)
                .setParameter("m", modelId).getResultList().stream().map(JpaModels::record).toList());
    }

    @Override
    public Optional<ModelVersion> active(String modelId) {
        return db.tx("read the active model version", em -> {
            ModelEntity m = modelId == null ? null : em.find(ModelEntity.class, modelId);
            return m == null || m.activeVersion == null ? Optional.<ModelVersion>empty()
                    : versionOf(em, modelId, m.activeVersion).map(JpaModels::record);
        });
    }

    @Override
    public Model promote(String modelId, int version, String actor) {
        return db.tx("promote a model version", em -> {
            ModelEntity m = locked(em, modelId);
            if (versionOf(em, modelId, version).isEmpty()) {
                throw new StoreNotFoundException("The model " + m.name + " has no version " + version);
            }
            if (m.activeVersion != null && m.activeVersion == version) {
                return record(m);
            }
            ModelPromotionEntity p = new ModelPromotionEntity();
            p.id = newId();
            p.modelId = modelId;
            Integer last = em.createQuery("SELECT MAX(p.seq) FROM ModelPromotionEntity p WHERE p.modelId = :m",
                    Integer.class).setParameter("m", modelId).getSingleResult();
            p.seq = last == null ? 1 : last + 1;
            p.version = version;
            p.previousVersion = m.activeVersion;
            p.promotedBy = truncate(actor, 100);
            p.promotedAt = now();
            em.persist(p);
            m.activeVersion = version;
            return record(m);
        });
    }

    @Override
    public Model rollback(String modelId, String actor) {
        return db.tx("roll back a model", em -> {
            ModelEntity m = locked(em, modelId);
            ModelPromotionEntity p = first(em.createQuery("SELECT p FROM ModelPromotionEntity p"
                            + " WHERE p.modelId = :m AND p.rolledBackAt IS NULL ORDER BY p.seq DESC",
                    ModelPromotionEntity.class).setParameter("m", modelId)).orElse(null);
            if (p == null || p.previousVersion == null) {
                throw new StoreConflictException("The model " + m.name
                        + " has no earlier active version to roll back to");
            }
            p.rolledBackAt = now();
            p.rolledBackBy = truncate(actor, 100);
            m.activeVersion = p.previousVersion;
            return record(m);
        });
    }

    @Override
    public List<ModelPromotion> promotions(String modelId) {
        return db.tx("list model promotions", em -> em.createQuery("SELECT p FROM ModelPromotionEntity p"
                        + " WHERE p.modelId = :m ORDER BY p.seq DESC", ModelPromotionEntity.class)
                .setParameter("m", modelId).getResultList().stream().map(JpaModels::record).toList());
    }

    /**
     * The model, its row locked until commit (a no-op UPDATE, as {@link JpaWorkflows#nextVersion} does), so
     * promotions and rollbacks of one model queue up.
     */
    private static ModelEntity locked(EntityManager em, String modelId) {
        int n = modelId == null ? 0 : em.createQuery("UPDATE ModelEntity m SET m.latestVersion = m.latestVersion"
                + " WHERE m.id = :id").setParameter("id", modelId).executeUpdate();
        if (n == 0) {
            throw new StoreNotFoundException("There is no model with id " + modelId);
        }
        return em.find(ModelEntity.class, modelId);
    }

    static Model record(ModelEntity e) {
        return new Model(e.id, e.workspaceId, e.name, e.createdBy, e.createdAt, e.latestVersion,
                e.activeVersion == null ? 0 : e.activeVersion);
    }

    static ModelVersion record(ModelVersionEntity e) {
        return new ModelVersion(e.modelId, e.version, e.artifactSha256, e.task, e.algorithm, e.target, e.features,
                e.metrics, e.trainingRows, e.trainingHash, e.provenance, e.createdBy, e.createdAt);
    }

    static ModelPromotion record(ModelPromotionEntity e) {
        return new ModelPromotion(e.modelId, e.version, e.previousVersion == null ? 0 : e.previousVersion,
                e.promotedBy, e.promotedAt, e.rolledBackBy, e.rolledBackAt);
    }
}
