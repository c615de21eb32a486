package dk.pladsflow.quality;

import java.time.LocalDate;
import java.time.LocalTime;

import dk.pladsflow.deadline.ClosureService;
import dk.pladsflow.deadline.HearingService;
import dk.pladsflow.test.WebIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, "Done when": a small history built day by day with the injected clock, whose
 * every figure is computed by hand in {@code docs/quality.md} ("Worked example"), read
 * through {@code GET /api/quality/{year}/{month}} over HTTP Basic.
 */
@WebIntegrationTest
class QualityApiTests extends QualityTestSupport {

	/** Day 0 of the worked example: Monday 6 January 2031. */
	static final LocalDate DAY0 = LocalDate.of(2031, 1, 6);

	/** The JSON of the worked example's department, July 2031, year to date. */
	static String expected(String code) {
		return """
				{"code":"%s",
				 "week1":{"due":5,"met":2,"percent":40},
				 "week2":{"due":3,"met":1,"percent":33},
				 "week3":{"due":2,"met":0,"percent":0},
				 "filledByWeek3":{"due":4,"met":1,"percent":25},
				 "daysToFill":{"median":30.0,"p90":38.0},
				 "openByAge":{"0-3":0,"4-12":0,"13-23":0,"24-26":1,"27+":0},
				 "closedUnused":1,"closedAfterHearing":1,"extensionsGranted":1,
				 "followUps":{"due":2,"met":1,"percent":50}}""".formatted(code);
	}

	/**
	 * Builds the worked example of {@code docs/quality.md}.
	 */
	static void workedExample(QualityWorld world, ClosureService closure, HearingService hearings, JdbcClient jdbc) {
		long a = world.open(DAY0);
		long b = world.open(DAY0);
		long c = world.open(DAY0);
		world.refer(a, day(3));
		world.refer(b, day(9));
		world.choose(a, day(12));
		world.declineAll(b, day(18));
		world.fill(a, day(20));
		world.refer(b, day(20));
		world.choose(b, day(22));
		long d = world.open(day(28));
		world.fill(b, day(40));
		// the closure job: C heard at week 24, closed at week 26; D heard at its week 24
		world.at(day(168), LocalTime.NOON);
		closure.run(world.clockInstant());
		world.at(day(182), LocalTime.of(13, 0));
		closure.run(world.clockInstant());
		world.at(day(196), LocalTime.NOON);
		closure.run(world.clockInstant());
		world.at(day(197), LocalTime.NOON);
		var hearing = hearings.section(world.centralManager, d).hearing();
		hearings.extend(world.centralManager, d, hearing.version(), LocalDate.of(2031, 9, 30),
				"Vi venter på en kandidat");
		// the follow-ups: the first half-year's completed in time, the second's not yet
		jdbc.sql("""
				insert into follow_up_review (department_id, year, half, opened_at, due_on, completed_at)
				values (:department, 2031, 1, timestamptz '2031-01-02 08:00+01', date '2031-01-31',
				        timestamptz '2031-01-20 12:00+01'),
				       (:department, 2031, 2, timestamptz '2031-07-01 08:00+02', date '2031-07-31', null)""")
			.param("department", world.department.id())
			.update();
		world.at(LocalDate.of(2031, 8, 4), LocalTime.NOON);
	}

	static LocalDate day(int n) {
		return DAY0.plusDays(n);
	}

	@Test
	void theWorkedExampleReadsAsTheContractSays() throws Exception {
		workedExample();
		String code = this.world.department.code();

		String body = this.mvc
			.perform(get("/api/quality/2031/7")
				.with(httpBasic(this.world.centralManager.getUsername(), QualityWorld.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2031))
			.andExpect(jsonPath("$.month").value(7))
			.andExpect(jsonPath("$.periodStart").value("2031-01-01"))
			.andExpect(jsonPath("$.periodEnd").value("2031-07-31"))
			.andExpect(jsonPath("$.departments[*].code").value(hasItem(code)))
			.andExpect(jsonPath("$.total.week1.due").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<Object> own = JsonPath.parse(body).read("$.departments[?(@.code == '" + code + "')]");
		JSONAssert.assertEquals(expected(code), JsonPath.parse(own.get(0)).jsonString(), true);

		// the department manager's answer: only the department, and it is the total
		String narrowed = this.mvc
			.perform(get("/api/quality/2031/7")
				.with(httpBasic(this.world.departmentManager.getUsername(), QualityWorld.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JSONAssert.assertEquals("""
				{"year":2031,"month":7,"periodStart":"2031-01-01","periodEnd":"2031-07-31",
				 "departments":[%s],"total":%s}""".formatted(expected(code), expected(code)), narrowed, true);
	}

	@Test
	void onlyManagersAndAdministratorsReadTheApiAndOnlyMonthsThatHaveBegun() throws Exception {
		this.mvc.perform(get("/api/quality/2026/1")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/quality/2026/1").with(basic(this.world.employer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/quality/2026/1").with(basic(this.world.consultant)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/quality/1999/1").with(basic(this.world.centralManager)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/quality/2026/13").with(basic(this.world.centralManager)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/quality/2099/1").with(basic(this.world.centralManager)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDepartmentManagerSeesNoOtherDepartmentAndNotTheMunicipality() throws Exception {
		this.mvc.perform(get("/api/quality/2026/1").with(basic(this.world.departmentManager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departments.length()").value(1))
			.andExpect(jsonPath("$.departments[0].code").value(this.world.department.code()))
			.andExpect(jsonPath("$.total.code").value(this.world.department.code()));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(
			dk.pladsflow.user.CurrentUser user) {
		return httpBasic(user.getUsername(), QualityWorld.PASSWORD);
	}

}
