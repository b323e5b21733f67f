/**
 * Reading JMH's JSON result files ({@code -rf json}) and the {@code NAME.env.json} sidecar the
 * accelbench launcher writes beside them, into records. Every problem with a file is a
 * {@link dev.accelbench.reports.jmh.ResultFileException} whose message names the file.
 */
package dev.accelbench.reports.jmh;
