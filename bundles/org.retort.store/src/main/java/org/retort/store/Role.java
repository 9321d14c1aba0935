package org.retort.store;

/** A user's global role. */
public enum Role {
    /** Everything. */
    ADMIN,
    /** IT: plugins, users, backups, metrics. */
    OPERATOR,
    /** Own and shared workflows, runs, data and models. */
    SCIENTIST,
    /** Read only. */
    VIEWER
}
