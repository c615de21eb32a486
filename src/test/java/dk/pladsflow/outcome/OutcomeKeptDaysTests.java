package dk.pladsflow.outcome;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static dk.pladsflow.test.Concurrently.await;
import static dk.pladsflow.test.Concurrently.until;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The kept day counts of the ended placements (V180, job {@code outcome-days}, issue 14
 * item 6) on the worked example of {@code docs/outcomes.md}, 20-02-2025: a report summed
 * from them is the report counted from the spells, and a kept row is used only while it
 * holds. To see which rows a report read, some tests alter a kept row by hand: a figure
 * that follows the altered row was read from it.
 */
class OutcomeKeptDaysTests extends WorkedExampleTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theKeptCountsGiveEveryNumberOfTheWorkedExample() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		String manager = this.fixtures.user(Role.MANAGER, department.id());

		// the ten placements with an end have their rows at once (P9 runs), not counted
		// yet
		assertThat(rows(department, "true")).isEqualTo(10);
		assertThat(rows(department, "counted_through is not null")).isZero();

		assertThat(this.outcomes.keepDays()).isGreaterThanOrEqualTo(10);
		assertThat(rows(department, "counted_through = date '2025-02-19'")).isEqualTo(10);
		forgetReports();

		this.mvc.perform(get("/api/outcomes/2024").with(httpBasic(manager, OutcomeFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content()
				.json("{\"year\":2024,\"total\":" + OutcomeComputationTests.YEAR_2024 + ",\"departments\":[{\"code\":\""
						+ department.code() + "\",\"schemes\":" + OutcomeComputationTests.YEAR_2024 + "}]}", true));
		// nothing left to count on the same day
		assertThat(this.outcomes.keepDays()).isZero();
	}

	@Test
	void aReportIsSummedFromTheKeptRows() {
		DepartmentSummary department = this.fixtures.workedExample();
		this.outcomes.keepDays();
		assertThat(internships(department).inJobOrEducation()).isEqualTo(2);

		// P1 (C1 had a job all April 2024), altered to no day of work
		alter(department, "C1", "2024-01-31", "month_work = 0");

		assertThat(internships(department).inJobOrEducation()).isEqualTo(1);
	}

	@Test
	void aSpellsImportForgetsItsCitizensRowsOnly() {
		DepartmentSummary department = this.fixtures.workedExample();
		this.outcomes.keepDays();
		alter(department, "C1", "2024-01-31", "month_work = 0");

		// the same spell again: no figure changes, but C1's rows are counted afresh
		this.fixtures.spells(department.code() + "-C1;JOB;2024-11-01;");

		assertThat(internships(department).inJobOrEducation()).isEqualTo(2);
		// C1's two placements (P1, P5) are to be counted again, the other eight are not
		assertThat(rows(department, "counted_through is null")).isEqualTo(2);
		assertThat(rows(department, "counted_through is not null")).isEqualTo(8);
	}

	@Test
	void aRowOfAPlacementThatChangedIsNotUsed() {
		DepartmentSummary department = this.fixtures.workedExample();
		this.outcomes.keepDays();
		// P4 (C4: half of July 2024 a job), altered to a whole month of work
		alter(department, "C4", "2024-04-30", "month_known = 31, month_work = 31");
		assertThat(internships(department).known()).isEqualTo(4);

		// P4 ends on 20-04-2024 instead: its third month is still July, counted afresh
		String d = department.code();
		this.fixtures.placements(d + ";INTERNSHIP;2024-04-01;2024-04-20;" + d + "-C4;;");

		assertThat(internships(department).known()).isEqualTo(3);
		assertThat(internships(department).ended()).isEqualTo(4);
		assertThat(rows(department, "end_date = date '2024-04-20' and counted_through is null")).isOne();
		assertThat(rows(department, "end_date = date '2024-04-30'")).isZero();
	}

	@Test
	void aRowWhoseWindowsReachBeyondItsDayHoldsForThatDayOnly() {
		DepartmentSummary department = this.fixtures.workedExample();
		this.outcomes.keepDays();
		// P6 (C5, ended 31-12-2024: its 182 days after run to 01-07-2025), altered to a
		// full year on benefit before and half a year off it after: in the effect's basis
		alter(department, "C5", "2024-12-31",
				"before_known = 364, before_benefit = 364, after_known = 182, after_benefit = 0");
		// P1 (C1, ended 31-01-2024: its windows ended on 31-07-2024), altered too
		alter(department, "C1", "2024-01-31", "month_work = 0");
		assertThat(privateWageSubsidy(department).effectBasis()).isEqualTo(2);
		assertThat(internships(department).inJobOrEducation()).isEqualTo(1);

		this.clock.advance(Duration.ofDays(1));

		// P6 is counted afresh through the new yesterday; P1's row still holds
		assertThat(privateWageSubsidy(department).effectBasis()).isEqualTo(1);
		assertThat(internships(department).inJobOrEducation()).isEqualTo(1);
		// and the job counts P6 again (and every other placement whose windows reach on)
		assertThat(this.outcomes.keepDays()).isPositive();
		assertThat(this.jdbc.sql("""
				select counted_through from placement_outcome_days
				where citizen_ref = ? and end_date = date '2024-12-31'""")
			.param(department.code() + "-C5")
			.query(String.class)
			.single()).isEqualTo("2025-02-20");
	}

	@Test
	void aNewPlacementWithAnEndCountsAtOnceAndARunningOneGetsItsRowWhenItEnds() {
		DepartmentSummary department = this.fixtures.workedExample();
		String d = department.code();
		this.outcomes.keepDays();

		this.fixtures.placements(d + ";INTERNSHIP;2024-05-01;2024-05-31;" + d + "-C7;;");
		assertThat(internships(department).ended()).isEqualTo(5);
		// P9, the running utility work, is given an end in 2024
		this.fixtures.placements(d + ";UTILITY_WORK;2024-05-01;2024-08-31;" + d + "-C3;;");

		assertThat(rows(department, "counted_through is null")).isEqualTo(2);
		assertThat(rows(department, "scheme = 'UTILITY_WORK' and end_date = date '2024-08-31'")).isOne();
		assertThat(this.outcomes.outcomes(OutcomeFixtures.departmentManager(department), 2024).total().get(4).ended())
			.isEqualTo(1);
	}

	@Test
	void aChangeOfDepartmentOnlyKeepsTheCountsUnderANewVersion() {
		DepartmentSummary department = this.fixtures.workedExample();
		this.outcomes.keepDays();
		long version = this.jdbc
			.sql("select version from placement_outcome_days where citizen_ref = ? and end_date = date '2024-01-31'")
			.param(department.code() + "-C1")
			.query(Long.class)
			.single();

		this.jdbc.sql("update placement set sector = 'PRIVATE' where citizen_ref = ? and end_date = date '2024-01-31'")
			.param(department.code() + "-C1")
			.update();

		assertThat(this.jdbc.sql("""
				select count(*) from placement_outcome_days where citizen_ref = ? and end_date = date '2024-01-31'
				  and sector = 'PRIVATE' and version = ? and counted_through is not null""")
			.param(department.code() + "-C1")
			.param(version + 1)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void anUpdateOfOtherColumnsNeitherChangesNorLocksTheRow() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		this.outcomes.keepDays();
		String citizen = department.code() + "-C1";
		long version = this.jdbc
			.sql("select version from placement_outcome_days where citizen_ref = ? and end_date = date '2024-01-31'")
			.param(citizen)
			.query(Long.class)
			.single();
		CountDownLatch announced = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newSingleThreadExecutor();
		try {
			// as the hourly announcement of ends does, in a transaction that stays open
			Future<?> announcement = threads.submit(() -> this.transaction.executeWithoutResult((tx) -> {
				this.jdbc.sql("update placement set end_announced_at = now() where citizen_ref = ?")
					.param(citizen)
					.update();
				announced.countDown();
				await(release);
			}));
			await(announced);

			// the job can still take C1's rows meanwhile
			Long taken = this.transaction.execute((tx) -> this.jdbc.sql("""
					select count(*) from (select 1 from placement_outcome_days where citizen_ref = ?
					for update nowait) locked""").param(citizen).query(Long.class).single());
			assertThat(taken).isEqualTo(2);
			release.countDown();
			announcement.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}

		assertThat(rows(department, "citizen_ref like '%-C1' and counted_through is not null")).isEqualTo(2);
		assertThat(
				rows(department, "citizen_ref like '%-C1' and end_date = date '2024-01-31' and version = " + version))
			.isOne();
	}

	@Test
	void aCountThatReadARowBeforeAChangeDoesNotStoreIt() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		CountDownLatch changed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// C1's spells change in a transaction that commits only when told
			Future<?> change = threads.submit(() -> this.transaction.executeWithoutResult((tx) -> {
				this.fixtures.spells(department.code() + "-C1;JOB;2024-11-01;");
				changed.countDown();
				await(release);
			}));
			await(changed);
			// the job reads C1's rows as committed before the change, and waits for them
			Future<Integer> count = threads.submit(() -> this.outcomes.keepDays());
			until("the job waits for the change's rows", () -> waitingForALock() > 0);
			release.countDown();
			change.get(30, TimeUnit.SECONDS);
			count.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}

		// C1's two rows were counted from the spells before the change: not stored
		assertThat(rows(department, "citizen_ref like '%-C1' and counted_through is null")).isEqualTo(2);
		assertThat(rows(department, "counted_through is not null")).isEqualTo(8);
	}

	/**
	 * Sessions of the job waiting for a lock (the statement's start: its text is cut).
	 */
	private long waitingForALock() {
		return this.jdbc.sql("""
				select count(*) from pg_stat_activity
				where wait_event_type = 'Lock' and query like 'with todo as%'""").query(Long.class).single();
	}

	/** Alters the kept row of a placement, and forgets the kept reports. */
	private void alter(DepartmentSummary department, String citizen, String end, String set) {
		int altered = this.jdbc
			.sql("update placement_outcome_days set " + set + " where citizen_ref = ? and end_date = ?::date")
			.param(department.code() + "-" + citizen)
			.param(end)
			.update();
		assertThat(altered).isOne();
		forgetReports();
	}

	/** As after a change of the data: the kept reports are not used again. */
	private void forgetReports() {
		this.jdbc.sql("update outcome_revision set revision = nextval('outcome_revision_seq')").update();
	}

	/** The department's rows that meet a condition. */
	private long rows(DepartmentSummary department, String condition) {
		return this.jdbc.sql("select count(*) from placement_outcome_days where citizen_ref like ? and " + condition)
			.param(department.code() + "-%")
			.query(Long.class)
			.single();
	}

	/** The department's internships at municipal workplaces that ended in 2024. */
	private Outcome internships(DepartmentSummary department) {
		return this.outcomes.outcomes(OutcomeFixtures.departmentManager(department), 2024).total().get(2);
	}

	/** The department's wage subsidy in private companies that ended in 2024. */
	private Outcome privateWageSubsidy(DepartmentSummary department) {
		return this.outcomes.outcomes(OutcomeFixtures.departmentManager(department), 2024).total().get(1);
	}

}
