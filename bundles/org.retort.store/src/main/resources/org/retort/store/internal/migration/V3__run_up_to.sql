-- A run may cover only part of its workflow: the node named in up_to and every node it depends on (the editor's
-- "run to here"). NULL: the whole workflow. Portable SQL for Apache Derby and PostgreSQL.
ALTER TABLE runs ADD COLUMN up_to VARCHAR(200);
