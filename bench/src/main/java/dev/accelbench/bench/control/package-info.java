/** Control benchmarks: known work whose cost can be changed from outside, to check the regression gate. */
package dev.accelbench.bench.control;
