package org.retort.store.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.retort.store.Dataset;
import org.retort.store.DatasetVersion;
import org.retort.store.Datasets;
import org.retort.store.Page;
import org.retort.store.StoreConflictException;

final class JpaDatasets extends Repository implements Datasets {

    JpaDatasets(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    public Dataset create(String workspaceId, String name, String createdBy) {
        DatasetEntity e = new DatasetEntity();
        e.id = newId();
        e.workspaceId = workspaceId;
        e.name = require("The dataset name", name, 200).trim();
        e.nameKey = key(name);
        e.createdBy = createdBy;
        e.createdAt = now();
        return db.tx("create dataset " + e.name, em -> {
            found(em, WorkspaceEntity.class, workspaceId, "workspace");
            if (byName(em, workspaceId, e.nameKey).isPresent()) {
                throw new StoreConflictException("The workspace has a dataset named " + e.name + " already");
            }
            em.persist(e);
            return record(e);
        });
    }

    private static Optional<DatasetEntity> byName(EntityManager em, String workspaceId, String nameKey) {
        return first(em.createQuery("SELECT d FROM DatasetEntity d WHERE d.workspaceId = :ws AND d.nameKey = :k",
                DatasetEntity.class).setParameter("ws", workspaceId).setParameter("k", nameKey));
    }

    @Override
    public Optional<Dataset> find(String id) {
        return db.tx("find a dataset", em -> Optional.ofNullable(id == null ? null
                : em.find(DatasetEntity.class, id)).map(JpaDatasets::record));
    }

    @Override
    public Optional<Dataset> findByName(String workspaceId, String name) {
        return name == null ? Optional.empty()
                : db.tx("find a dataset", em -> byName(em, workspaceId, key(name)).map(JpaDatasets::record));
    }

    @Override
    public Page<Dataset> list(String workspaceId, int offset, int limit) {
        checkPage(offset, limit);
        return db.tx("list datasets", em -> page(
                em.createQuery("SELECT d FROM DatasetEntity d WHERE d.workspaceId = :ws ORDER BY d.nameKey",
                        DatasetEntity.class).setParameter("ws", workspaceId),
                em.createQuery("SELECT COUNT(d) FROM DatasetEntity d WHERE d.workspaceId = :ws", Long.class)
                        .setParameter("ws", workspaceId).getSingleResult(),
                offset, limit, JpaDatasets::record));
    }

    @Override
    public DatasetVersion addVersion(String datasetId, String artifactSha256, long rowCount, String format,
                                     String createdBy, String note) {
        DatasetVersionEntity v = new DatasetVersionEntity();
        v.id = newId();
        v.datasetId = datasetId;
        v.artifactSha256 = require("The artifact", artifactSha256);
        v.rowCount = rowCount < 0 ? -1 : rowCount;
        v.format = truncate(format, 40);
        v.createdBy = createdBy;
        v.note = truncate(note, 2000);
        v.createdAt = now();
        return db.tx("add a dataset version", em -> {
            found(em, ArtifactEntity.class, artifactSha256, "artifact");
            v.version = JpaWorkflows.nextVersion(em, "DatasetEntity", datasetId, null, "dataset");
            em.persist(v);
            return record(v);
        });
    }

    @Override
    public Optional<DatasetVersion> version(String datasetId, int version) {
        return db.tx("read a dataset version", em -> first(em.createQuery("SELECT v FROM DatasetVersionEntity v"
                        + " WHERE v.datasetId = :d AND v.version = :n", DatasetVersionEntity.class)
                .setParameter("d", datasetId).setParameter("n", version)).map(JpaDatasets::record));
    }

    @Override
    public Optional<DatasetVersion> latestVersion(String datasetId) {
        return db.tx("read a dataset version", em -> first(em.createQuery("SELECT v FROM DatasetVersionEntity v"
                        + " WHERE v.datasetId = :d ORDER BY v.version DESC", DatasetVersionEntity.class)
                .setParameter("d", datasetId)).map(JpaDatasets::record));
    }

    @Override
    public List<DatasetVersion> versions(String datasetId) {
        return db.tx("list dataset versions", em -> em.createQuery("SELECT v FROM DatasetVersionEntity v"
                        + " WHERE v.datasetId = :d ORDER BY v.version", DatasetVersionEntity.class)
                .setParameter("d", datasetId).getResultList().stream().map(JpaDatasets::record).toList());
    }

    static Dataset record(DatasetEntity e) {
        return new Dataset(e.id, e.workspaceId, e.name, e.createdBy, e.createdAt, e.latestVersion);
    }

    static DatasetVersion record(DatasetVersionEntity e) {
        return new DatasetVersion(e.datasetId, e.version, e.artifactSha256, e.rowCount, e.format, e.createdBy,
                e.note, e.createdAt);
    }
}
