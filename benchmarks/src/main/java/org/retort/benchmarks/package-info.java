/**
 * JMH benchmarks of Retort's engine, outside OSGi. They answer one question of the engine issue: what
 * does pushing rows through the engine (queues, chunks, ordering, counters) cost compared with the
 * same work in a plain Java loop, and does a streaming node scale across cores; and the same for the
 * chemistry issue's pipeline (import SMILES → standardize → descriptors → CSV) over real molecules
 * ({@link org.retort.benchmarks.ChemPipeline}, and {@link org.retort.benchmarks.ChemMemory} for its memory
 * check). Run with {@code benchmarks/run.sh}; method and figures are in {@code docs/benchmarks.md}.
 */
package org.retort.benchmarks;
