package dk.pladsflow.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import dk.pladsflow.deadline.DeadlineSweep;
import dk.pladsflow.outcome.Outcome;
import dk.pladsflow.outcome.OutcomeService;
import dk.pladsflow.quality.QualityReport;
import dk.pladsflow.quality.QualityService;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.status.StatusService;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserSummary;
import dk.pladsflow.user.UserService;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark commands, run once after start-up and then stopping the application:
 * <ul>
 * <li>{@code pladsflow.bench.generate=SCALE}: generates benchmark data (after the demo
 * data, which it needs);</li>
 * <li>{@code pladsflow.bench.measure=true}: times one deadline sweep (three times, each
 * rolled back, so the data stays as it was) and the full-year status of last year (five
 * times, each computed afresh, not taken from the reports kept by revision), and the
 * outcomes of last year (issue 14, likewise five times afresh, after one run of the job
 * that keeps the placements' day counts, as it runs hourly), and the quality measures of
 * the year to date of the last full month and of the running month (issue 12, likewise,
 * after computing the kept months and days once from nothing), and prints lines that
 * start with {@code BENCH}.</li>
 * </ul>
 * The scheduler is put in standby first, so that no scheduled job changes the data while
 * a command runs.
 */
@Component
@Order(100)
class BenchCommands implements ApplicationRunner {

	static final String GENERATE = "pladsflow.bench.generate";

	static final String MEASURE = "pladsflow.bench.measure";

	private static final Logger log = LoggerFactory.getLogger(BenchCommands.class);

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	private final ObjectProvider<Scheduler> scheduler;

	private final BenchData data;

	private final DeadlineSweep sweep;

	private final StatusService status;

	private final OutcomeService outcomes;

	private final QualityService quality;

	private final UserService users;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	BenchCommands(Environment environment, ConfigurableApplicationContext context, ObjectProvider<Scheduler> scheduler,
			BenchData data, DeadlineSweep sweep, StatusService status, OutcomeService outcomes, QualityService quality,
			UserService users, TransactionTemplate transaction, Clock clock, JdbcTemplate jdbc) {
		this.environment = environment;
		this.context = context;
		this.scheduler = scheduler;
		this.data = data;
		this.sweep = sweep;
		this.status = status;
		this.outcomes = outcomes;
		this.quality = quality;
		this.users = users;
		this.transaction = transaction;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) throws SchedulerException {
		String scale = this.environment.getProperty(GENERATE);
		boolean measure = this.environment.getProperty(MEASURE, Boolean.class, false);
		if (scale == null && !measure) {
			return;
		}
		Scheduler quartz = this.scheduler.getIfAvailable();
		if (quartz != null) {
			quartz.standby();
		}
		int exitCode = 0;
		try {
			if (scale != null) {
				generate(new BigDecimal(scale.trim()));
			}
			if (measure) {
				measure();
			}
		}
		catch (RuntimeException ex) {
			log.error("Benchmark command failed", ex);
			exitCode = 1;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	private void generate(BigDecimal scale) {
		if (this.data.generated()) {
			log.info("Benchmark data was generated in this database already: {}", this.data.counts());
			return;
		}
		long started = System.nanoTime();
		BenchData.Counts counts = this.data.generate(scale);
		// what the hourly job outcome-days would keep
		this.outcomes.keepDays();
		this.data.vacuum();
		log.info("Generated benchmark data at scale {} in {} s: {}", scale.toPlainString(),
				(System.nanoTime() - started) / 1_000_000_000, counts);
	}

	private void measure() {
		List<Long> sweeps = new ArrayList<>();
		int due = 0;
		for (int i = 0; i < 3; i++) {
			int[] found = new int[1];
			sweeps.add(millis(() -> this.transaction.execute((tx) -> {
				tx.setRollbackOnly();
				found[0] = this.sweep.sweep(this.clock.instant()).size();
				return null;
			})));
			due = found[0];
		}
		print("sweep", sweeps, "due=" + due);
		CurrentUser admin = this.users.byUsername("admin")
			.map(BenchCommands::asUser)
			.orElseThrow(() -> new IllegalStateException("no user admin"));
		YearMonth december = YearMonth.of(LocalDate.now(this.clock).getYear() - 1, 12);
		int[] departments = new int[1];
		List<Long> years = afresh("status_revision",
				() -> departments[0] = this.status.figures(admin, december).departments().size());
		print("status-year", years, "year=" + december.getYear() + " departments=" + departments[0] + " placements="
				+ this.data.counts().placements());
		// the day counts the hourly job keeps, brought up to today first (as the job does
		// after midnight); the kept report of each run below is thrown away, not the
		// counts
		int[] counted = new int[1];
		long keeping = millis(() -> counted[0] = this.outcomes.keepDays());
		print("outcome-days", List.of(keeping), "counted=" + counted[0] + " kept="
				+ this.jdbc.queryForObject("select count(*) from placement_outcome_days", Long.class));
		long[] ended = new long[1];
		List<Long> outcomeYears = afresh("outcome_revision",
				() -> ended[0] = this.outcomes.outcomes(admin, december.getYear())
					.total()
					.stream()
					.mapToLong(Outcome::ended)
					.sum());
		print("outcomes-year", outcomeYears, "year=" + december.getYear() + " ended=" + ended[0] + " spells="
				+ this.jdbc.queryForObject("select count(*) from citizen_status_spell", Long.class));
		YearMonth thisMonth = YearMonth.now(this.clock.withZone(ClockConfiguration.ZONE));
		YearMonth lastFull = thisMonth.minusMonths(1);
		// the closed months and days kept (V190), computed once from nothing, as after a
		// change dated before all of them; the runs below read them
		this.jdbc.update("update quality_span set computed_at = null");
		long spans = millis(() -> this.quality.report(admin, thisMonth, QualityReport.Scope.YEAR, null));
		print("quality-spans", List.of(spans), "kept=" + this.jdbc
			.queryForObject("select count(*) from quality_span where computed_at is not null", Long.class));
		long[] week1 = new long[1];
		List<Long> qualityYears = afresh("quality_revision",
				() -> week1[0] = this.quality.report(admin, lastFull, QualityReport.Scope.YEAR, null)
					.total()
					.week1()
					.due());
		print("quality-year", qualityYears, "month=" + lastFull + " week1-due=" + week1[0] + " instances="
				+ this.jdbc.queryForObject("select count(*) from slot_phase_instance", Long.class));
		// the running month's year to date, as the page opens: today counted live
		List<Long> qualityToday = afresh("quality_revision",
				() -> week1[0] = this.quality.report(admin, thisMonth, QualityReport.Scope.YEAR, null)
					.total()
					.week1()
					.due());
		print("quality-year-today", qualityToday, "month=" + thisMonth + " week1-due=" + week1[0]);
	}

	/**
	 * Times a report five times, each computed afresh: in a transaction that is rolled
	 * back, after a new number of the revision its kept reports are keyed by (as after a
	 * change of its data), so it is not taken from the reports already computed.
	 * @param revision the revision's table (its sequence is named after it)
	 * @param work computes the report
	 * @return the milliseconds of each run
	 */
	private List<Long> afresh(String revision, Runnable work) {
		List<Long> runs = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			this.transaction.executeWithoutResult((tx) -> {
				tx.setRollbackOnly();
				this.jdbc.update("update " + revision + " set revision = nextval('" + revision + "_seq')");
				runs.add(millis(work));
			});
		}
		return runs;
	}

	private static CurrentUser asUser(UserSummary user) {
		return CurrentUser.of(user.id(), user.username(), user.displayName(), Set.of(Role.ADMIN), null, Set.of());
	}

	private static long millis(Runnable work) {
		long started = System.nanoTime();
		work.run();
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** One line for bench/run.sh: the median of the runs, and every run. */
	private static void print(String what, List<Long> runs, String details) {
		List<Long> sorted = new ArrayList<>(runs);
		Collections.sort(sorted);
		System.out.println("BENCH " + what + " ms=" + sorted.get(sorted.size() / 2) + " runs=" + runs + " " + details);
	}

}
