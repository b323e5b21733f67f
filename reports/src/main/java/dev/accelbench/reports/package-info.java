/**
 * JMH results and their environment sidecars into reports and regression comparisons. Depends on
 * Jackson only, never on the other accelbench modules, so that it reads results from any JMH run.
 */
package dev.accelbench.reports;
