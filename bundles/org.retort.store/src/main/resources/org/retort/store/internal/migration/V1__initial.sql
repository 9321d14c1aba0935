-- Retort's initial schema. Portable SQL for Apache Derby and PostgreSQL; ${long_text} is CLOB on Derby and TEXT on
-- PostgreSQL (Derby has no TEXT, PostgreSQL no CLOB; VARCHAR is capped at 32672 characters on Derby).
-- Times are BIGINT milliseconds since the epoch (UTC), so no time-zone conversion can differ between databases or
-- nodes. Ids are 36-character UUID strings. Case-insensitive names keep a lower-case *_key column that carries the
-- unique constraint (Derby has no expression indexes); a NULL key (a soft-deleted workflow) frees the name.
-- V2 is reserved for the model registry.

CREATE TABLE users (
    id            VARCHAR(36)  NOT NULL,
    username      VARCHAR(100) NOT NULL,
    username_key  VARCHAR(100) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    email_key     VARCHAR(254) NOT NULL,
    password_hash VARCHAR(512),
    roles         VARCHAR(200) NOT NULL,
    verified      BOOLEAN      NOT NULL,
    locked_until  BIGINT,
    failed_logins INTEGER      NOT NULL,
    created_at    BIGINT       NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uq_users_username UNIQUE (username_key),
    CONSTRAINT uq_users_email UNIQUE (email_key)
);

CREATE TABLE tokens (
    id         VARCHAR(36)  NOT NULL,
    user_id    VARCHAR(36)  NOT NULL,
    purpose    VARCHAR(20)  NOT NULL,
    token_hash VARCHAR(255) NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT,
    created_at BIGINT       NOT NULL,
    CONSTRAINT pk_tokens PRIMARY KEY (id),
    CONSTRAINT uq_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_tokens_user ON tokens (user_id, purpose);
CREATE INDEX ix_tokens_expires ON tokens (expires_at);

CREATE TABLE api_keys (
    id           VARCHAR(36)   NOT NULL,
    user_id      VARCHAR(36)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    prefix       VARCHAR(64)   NOT NULL,
    secret_hash  VARCHAR(512)  NOT NULL,
    scopes       VARCHAR(2000) NOT NULL,
    created_at   BIGINT        NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT,
    CONSTRAINT pk_api_keys PRIMARY KEY (id),
    CONSTRAINT uq_api_keys_prefix UNIQUE (prefix),
    CONSTRAINT fk_api_keys_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_keys_user ON api_keys (user_id, created_at);

CREATE TABLE workspaces (
    id         VARCHAR(36)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    name_key   VARCHAR(200) NOT NULL,
    created_by VARCHAR(36),
    created_at BIGINT       NOT NULL,
    CONSTRAINT pk_workspaces PRIMARY KEY (id),
    CONSTRAINT uq_workspaces_name UNIQUE (name_key)
);

CREATE TABLE workspace_members (
    id           VARCHAR(36) NOT NULL,
    workspace_id VARCHAR(36) NOT NULL,
    user_id      VARCHAR(36) NOT NULL,
    member_role  VARCHAR(10) NOT NULL,
    added_at     BIGINT      NOT NULL,
    CONSTRAINT pk_workspace_members PRIMARY KEY (id),
    CONSTRAINT uq_workspace_members UNIQUE (workspace_id, user_id),
    CONSTRAINT fk_members_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE,
    CONSTRAINT fk_members_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
-- (user_id, workspace_id) rather than (user_id): PostgreSQL does not index a foreign key by itself,
-- Derby does, and would warn that an index on user_id alone duplicates the one it made.
CREATE INDEX ix_members_user ON workspace_members (user_id, workspace_id);

CREATE TABLE workflows (
    id             VARCHAR(36)  NOT NULL,
    workspace_id   VARCHAR(36)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    name_key       VARCHAR(200),
    created_by     VARCHAR(36),
    created_at     BIGINT       NOT NULL,
    latest_version INTEGER      NOT NULL,
    deleted_at     BIGINT,
    CONSTRAINT pk_workflows PRIMARY KEY (id),
    CONSTRAINT uq_workflows_name UNIQUE (workspace_id, name_key),
    CONSTRAINT fk_workflows_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id)
);
CREATE INDEX ix_workflows_workspace ON workflows (workspace_id, deleted_at);

CREATE TABLE workflow_versions (
    id           VARCHAR(36)   NOT NULL,
    workflow_id  VARCHAR(36)   NOT NULL,
    version_no   INTEGER       NOT NULL,
    document     ${long_text}  NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    created_by   VARCHAR(36),
    comment_text VARCHAR(2000),
    created_at   BIGINT        NOT NULL,
    CONSTRAINT pk_workflow_versions PRIMARY KEY (id),
    CONSTRAINT uq_workflow_versions UNIQUE (workflow_id, version_no),
    CONSTRAINT fk_versions_workflow FOREIGN KEY (workflow_id) REFERENCES workflows (id)
);

CREATE TABLE runs (
    id               VARCHAR(36)   NOT NULL,
    workspace_id     VARCHAR(36)   NOT NULL,
    workflow_id      VARCHAR(36),
    workflow_version INTEGER       NOT NULL,
    submitted_by     VARCHAR(36),
    engine_run_id    VARCHAR(100),
    status           VARCHAR(12)   NOT NULL,
    failure_message  VARCHAR(4000),
    inputs           ${long_text},
    node_versions    ${long_text},
    counters         ${long_text},
    retry_of         VARCHAR(36),
    created_at       BIGINT        NOT NULL,
    started_at       BIGINT,
    ended_at         BIGINT,
    CONSTRAINT pk_runs PRIMARY KEY (id),
    CONSTRAINT fk_runs_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id),
    CONSTRAINT fk_runs_workflow FOREIGN KEY (workflow_id) REFERENCES workflows (id)
);
CREATE INDEX ix_runs_workspace ON runs (workspace_id, created_at);
CREATE INDEX ix_runs_workflow ON runs (workflow_id, created_at);
CREATE INDEX ix_runs_status ON runs (status, created_at);
CREATE INDEX ix_runs_submitted_by ON runs (submitted_by, created_at);
CREATE INDEX ix_runs_engine_run ON runs (engine_run_id);

CREATE TABLE artifacts (
    sha256     CHAR(64)     NOT NULL,
    size_bytes BIGINT       NOT NULL,
    media_type VARCHAR(200) NOT NULL,
    name       VARCHAR(500),
    created_at BIGINT       NOT NULL,
    CONSTRAINT pk_artifacts PRIMARY KEY (sha256)
);

CREATE TABLE datasets (
    id             VARCHAR(36)  NOT NULL,
    workspace_id   VARCHAR(36)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    name_key       VARCHAR(200) NOT NULL,
    created_by     VARCHAR(36),
    created_at     BIGINT       NOT NULL,
    latest_version INTEGER      NOT NULL,
    CONSTRAINT pk_datasets PRIMARY KEY (id),
    CONSTRAINT uq_datasets_name UNIQUE (workspace_id, name_key),
    CONSTRAINT fk_datasets_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id)
);

CREATE TABLE dataset_versions (
    id              VARCHAR(36)   NOT NULL,
    dataset_id      VARCHAR(36)   NOT NULL,
    version_no      INTEGER       NOT NULL,
    artifact_sha256 CHAR(64)      NOT NULL,
    row_count       BIGINT        NOT NULL,
    format          VARCHAR(40),
    created_by      VARCHAR(36),
    note            VARCHAR(2000),
    created_at      BIGINT        NOT NULL,
    CONSTRAINT pk_dataset_versions PRIMARY KEY (id),
    CONSTRAINT uq_dataset_versions UNIQUE (dataset_id, version_no),
    CONSTRAINT fk_dsversions_dataset FOREIGN KEY (dataset_id) REFERENCES datasets (id),
    CONSTRAINT fk_dsversions_artifact FOREIGN KEY (artifact_sha256) REFERENCES artifacts (sha256)
);

CREATE TABLE audit_log (
    id          VARCHAR(36)   NOT NULL,
    occurred_at BIGINT        NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(100)  NOT NULL,
    target      VARCHAR(500),
    detail      VARCHAR(4000),
    ip          VARCHAR(64),
    CONSTRAINT pk_audit_log PRIMARY KEY (id)
);
CREATE INDEX ix_audit_time ON audit_log (occurred_at);
CREATE INDEX ix_audit_actor ON audit_log (actor, occurred_at);
CREATE INDEX ix_audit_action ON audit_log (action, occurred_at);
