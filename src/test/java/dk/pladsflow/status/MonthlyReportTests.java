package dk.pladsflow.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.test.MutableClock;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly job: on the 1st it freezes the previous month and tells every manager once,
 * however often it runs.
 */
@IntegrationTest
@Import(StatusFixtures.class)
class MonthlyReportTests {

	// a month no other test freezes: the job runs on 1 March 2018, 06:00 Copenhagen time
	private static final Instant FIRST_OF_MARCH_2018 = LocalDateTime.of(2018, 3, 1, 6, 0)
		.atZone(ClockConfiguration.ZONE)
		.toInstant();

	@Autowired
	MonthlyReport report;

	@Autowired
	StatusFixtures fixtures;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void onTheFirstTheJobFreezesThePreviousMonthAndNotifiesEachManagerOnceHoweverOftenItRuns() {
		DepartmentSummary department = this.fixtures.department();
		long central = id(this.fixtures.user(Role.MANAGER, null));
		long departmentManager = id(this.fixtures.user(Role.MANAGER, department.id()));
		long employer = id(this.fixtures.user(Role.EMPLOYER, department.id()));
		this.clock.advance(Duration.between(this.clock.instant(), FIRST_OF_MARCH_2018));

		MonthlyReport.Result first = this.report.freezePreviousMonth(this.clock.instant());
		this.clock.advance(Duration.ofDays(1));
		MonthlyReport.Result catchUp = this.report.freezePreviousMonth(this.clock.instant());

		assertThat(first.month()).isEqualTo(YearMonth.of(2018, 2));
		assertThat(catchUp.month()).isEqualTo(YearMonth.of(2018, 2));
		assertThat(catchUp.snapshotId()).isEqualTo(first.snapshotId());
		assertThat(catchUp.notifications()).as("a second run adds nothing").isEmpty();
		assertThat(this.jdbc.sql("select count(*) from status_snapshot where year = 2018 and month = 2")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(notified(central)).containsExactly("/status/snapshots/2018/2");
		assertThat(notified(departmentManager)).containsExactly("/status/snapshots/2018/2");
		assertThat(notified(employer)).isEmpty();
		assertThat(first.notifications()).hasSizeGreaterThanOrEqualTo(2);
	}

	private List<String> notified(long userId) {
		return this.jdbc.sql(
				"select link from notification where user_id = ? and kind = 'snapshot-ready' and reference = '2018-02'")
			.param(userId)
			.query(String.class)
			.list();
	}

	private long id(String username) {
		return this.users.byUsername(username).orElseThrow().id();
	}

}
