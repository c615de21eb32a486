package dk.pladsflow.outcome;

import java.time.Duration;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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

	@Test
	void theKeptCountsGiveEveryNumberOfTheWorkedExample() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		String manager = this.fixtures.user(Role.MANAGER, department.id());

		assertThat(this.outcomes.keepDays()).isGreaterThanOrEqualTo(10);
		// the ten placements with an end (P9 runs)
		assertThat(kept(department)).isEqualTo(10);
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
		assertThat(kept(department)).isEqualTo(8);
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
	void rowsOfPlacementsThatAreGoneAreForgotten() {
		DepartmentSummary department = this.fixtures.workedExample();
		this.outcomes.keepDays();
		this.jdbc.sql("""
				insert into placement_outcome_days (placement_id, citizen_ref, start_date, end_date, window_end,
				  counted_through, month_known, month_work, before_known, before_benefit, after_known, after_benefit)
				values (-1, ?, date '2024-01-01', date '2024-01-31', date '2024-07-31', date '2025-02-19',
				  0, 0, 0, 0, 0, 0)""").param(department.code() + "-C9").update();

		this.outcomes.keepDays();

		assertThat(this.jdbc.sql("select count(*) from placement_outcome_days where placement_id = -1")
			.query(Long.class)
			.single()).isZero();
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

	private long kept(DepartmentSummary department) {
		return this.jdbc.sql("select count(*) from placement_outcome_days where citizen_ref like ?")
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
