/** What every benchmark shares: the suite's default settings and the work counters. */
package dev.accelbench.bench.support;
