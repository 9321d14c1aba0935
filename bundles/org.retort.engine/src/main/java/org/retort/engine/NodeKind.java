package org.retort.engine;

/** How a node type takes part in a run; follows from which node interface it implements. */
public enum NodeKind {
    /** Produces chunks from outside the workflow. */
    SOURCE,
    /** Works per chunk, stateless, possibly on several threads. */
    STREAMING,
    /** Sees whole tables. */
    BARRIER,
    /** Delivers chunks outside the workflow. */
    SINK
}
