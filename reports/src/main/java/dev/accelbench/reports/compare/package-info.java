/**
 * Baseline vs candidate comparison of two JMH runs: a hierarchical bootstrap confidence interval
 * for each benchmark's score ratio ({@link dev.accelbench.reports.compare.HierarchicalBootstrap}),
 * the verdict rules ({@link dev.accelbench.reports.compare.Classifier}), exact comparison of
 * deterministic secondary metrics ({@link dev.accelbench.reports.compare.DeterministicMetrics}),
 * environment warnings ({@link dev.accelbench.reports.compare.EnvironmentCheck}), and the
 * Markdown, JSON and plain-table renderings of the result.
 */
package dev.accelbench.reports.compare;
