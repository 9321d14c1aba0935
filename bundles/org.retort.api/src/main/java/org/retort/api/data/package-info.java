/**
 * The data that flows between nodes: a {@link org.retort.api.data.Table} of
 * {@link org.retort.api.data.Row rows} described by a {@link org.retort.api.data.Schema}. Tables
 * travel in chunks, so a node that works per chunk never holds the whole data set. A row that a node
 * cannot process carries its error and its original record number instead of disappearing.
 */
@Version("0.1.0")
package org.retort.api.data;

import org.osgi.annotation.versioning.Version;
