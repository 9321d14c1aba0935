package org.retort.store;

/** A member's role inside one workspace. */
public enum WorkspaceRole {
    OWNER,
    MEMBER,
    VIEWER
}
