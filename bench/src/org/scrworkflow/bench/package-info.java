/**
 * The SCR Workflow benchmark (bench/README.md), run by bench/run.sh; compiled by {@code ./mvnw verify} as a test
 * source, never run by it (no test here). One class per job:
 * <ul>
 *   <li>{@link org.scrworkflow.bench.Bench}: the command line and the order of the work (load, copy, measure,
 *   report);</li>
 *   <li>{@link org.scrworkflow.bench.Loader}: loads the data set through the engine, each review walked with the
 *   product's own driver and standard answers ({@code org.scrworkflow.scenario});</li>
 *   <li>{@link org.scrworkflow.bench.Cloner}: copies the loaded reviews in SQL (--clone-to);</li>
 *   <li>{@link org.scrworkflow.bench.Apps}: starts the product and the bare Camunda starter, times their start and
 *   memory;</li>
 *   <li>{@link org.scrworkflow.bench.Calls}: the calls measured over HTTP, with {@link org.scrworkflow.bench.Http};
 *   </li>
 *   <li>{@link org.scrworkflow.bench.SqlProfile}: what each call asks of PostgreSQL (--sql-profile);</li>
 *   <li>{@link org.scrworkflow.bench.Report}: the figures, their statistics and the table written at the end.</li>
 * </ul>
 */
package org.scrworkflow.bench;
