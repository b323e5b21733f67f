package dev.accelbench.models.sprint;

/**
 * One query's Key/Value traffic: the unpruned keys it needs, how many were fetched from main
 * memory, how many were already on chip, and the unpruned keys the busiest CORELET computes.
 * Doubles, because summary statistics give expected values.
 */
public record QueryTraffic(double needed, double fetched, double reused, double busiestCorelet) {
}
