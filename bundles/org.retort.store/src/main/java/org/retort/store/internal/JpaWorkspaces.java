package org.retort.store.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.retort.store.Membership;
import org.retort.store.Page;
import org.retort.store.StoreConflictException;
import org.retort.store.Workspace;
import org.retort.store.WorkspaceRole;
import org.retort.store.Workspaces;

final class JpaWorkspaces extends Repository implements Workspaces {

    JpaWorkspaces(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    public Workspace create(String name, String createdBy) {
        WorkspaceEntity e = new WorkspaceEntity();
        e.id = newId();
        e.name = require("The workspace name", name, 200).trim();
        e.nameKey = key(name);
        e.createdBy = createdBy;
        e.createdAt = now();
        return db.tx("create workspace " + e.name, em -> {
            if (byName(em, e.nameKey).isPresent()) {
                throw new StoreConflictException("A workspace named " + e.name + " exists already");
            }
            em.persist(e);
            return record(e);
        });
    }

    @Override
    public Optional<Workspace> find(String id) {
        return db.tx("find a workspace", em -> Optional.ofNullable(id == null ? null
                : em.find(WorkspaceEntity.class, id)).map(JpaWorkspaces::record));
    }

    @Override
    public Optional<Workspace> findByName(String name) {
        return name == null ? Optional.empty()
                : db.tx("find a workspace", em -> byName(em, key(name)).map(JpaWorkspaces::record));
    }

    private static Optional<WorkspaceEntity> byName(EntityManager em, String nameKey) {
        return first(em.createQuery("SELECT w FROM WorkspaceEntity w WHERE w.nameKey = :k", WorkspaceEntity.class)
                .setParameter("k", nameKey));
    }

    @Override
    public Page<Workspace> list(int offset, int limit) {
        checkPage(offset, limit);
        return db.tx("list workspaces", em -> page(
                em.createQuery("SELECT w FROM WorkspaceEntity w ORDER BY w.nameKey", WorkspaceEntity.class),
                em.createQuery("SELECT COUNT(w) FROM WorkspaceEntity w", Long.class).getSingleResult(),
                offset, limit, JpaWorkspaces::record));
    }

    @Override
    public Membership addMember(String workspaceId, String userId, WorkspaceRole role) {
        Objects.requireNonNull(role, "role");
        return db.tx("add a workspace member", em -> {
            found(em, WorkspaceEntity.class, workspaceId, "workspace");
            found(em, UserEntity.class, userId, "user");
            MemberEntity e = member(em, workspaceId, userId).orElse(null);
            if (e == null) {
                e = new MemberEntity();
                e.id = newId();
                e.workspaceId = workspaceId;
                e.userId = userId;
                e.addedAt = now();
                e.role = role.name();
                em.persist(e);
            } else {
                e.role = role.name();
            }
            return record(e);
        });
    }

    @Override
    public boolean removeMember(String workspaceId, String userId) {
        return db.tx("remove a workspace member", em -> em.createQuery(
                        "DELETE FROM MemberEntity m WHERE m.workspaceId = :w AND m.userId = :u")
                .setParameter("w", workspaceId).setParameter("u", userId).executeUpdate() > 0);
    }

    @Override
    public Optional<Membership> membership(String workspaceId, String userId) {
        return db.tx("find a membership", em -> member(em, workspaceId, userId).map(JpaWorkspaces::record));
    }

    private static Optional<MemberEntity> member(EntityManager em, String workspaceId, String userId) {
        return first(em.createQuery("SELECT m FROM MemberEntity m WHERE m.workspaceId = :w AND m.userId = :u",
                MemberEntity.class).setParameter("w", workspaceId).setParameter("u", userId));
    }

    @Override
    public List<Membership> membershipsOf(String userId) {
        return db.tx("list memberships", em -> em.createQuery("SELECT m FROM MemberEntity m, WorkspaceEntity w"
                        + " WHERE m.userId = :u AND w.id = m.workspaceId ORDER BY w.nameKey", MemberEntity.class)
                .setParameter("u", userId).getResultList().stream().map(JpaWorkspaces::record).toList());
    }

    @Override
    public List<Membership> members(String workspaceId) {
        return db.tx("list members", em -> em.createQuery("SELECT m FROM MemberEntity m WHERE m.workspaceId = :w"
                        + " ORDER BY m.addedAt, m.id", MemberEntity.class)
                .setParameter("w", workspaceId).getResultList().stream().map(JpaWorkspaces::record).toList());
    }

    static Workspace record(WorkspaceEntity e) {
        return new Workspace(e.id, e.name, e.createdBy, e.createdAt);
    }

    static Membership record(MemberEntity e) {
        return new Membership(e.workspaceId, e.userId, WorkspaceRole.valueOf(e.role), e.addedAt);
    }
}
