/**
 * Benchmark commands of the application: generate data at national volume
 * ({@code pladsflow.bench.generate=SCALE}) and time the deadline sweep, the full-year
 * status, the year's outcomes and the quality measures of the year to date on it
 * ({@code pladsflow.bench.measure=true}). Both run once and stop the application;
 * {@code bench/run.sh} uses them (README, Performance).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmark",
		allowedDependencies = { "shared", "user", "status", "deadline", "outcome", "quality" })
package dk.pladsflow.bench;
