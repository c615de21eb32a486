package dk.pladsflow.status;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.Role;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The status JSON contract ({@code GET /api/status/{year}/{month}}) and who may read it.
 */
@WebIntegrationTest
@Import(StatusFixtures.class)
class StatusApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatusFixtures fixtures;

	@Test
	void theWorkedExampleReadsAsTheContractSays() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		this.fixtures.targets(department.code() + ";2023;50;20");
		this.fixtures.placements(StatusComputationTests.workedExample(department.code()).toArray(String[]::new));
		String manager = this.fixtures.user(Role.MANAGER, null);

		String expected = """
				[{"code":"%s","schemes":{"WAGE_SUBSIDY":{"fullYearPersons":20.0,"placements":21},
				  "INTERNSHIP":{"fullYearPersons":15.0,"placements":30},"UTILITY_WORK":{"fullYearPersons":5.0,"placements":5}},
				  "combined":{"status":40.0,"target":50.0,"fulfilmentPercent":80},
				  "flexJob":{"status":18,"target":20,"fulfilmentPercent":90},"overallPercent":85}]"""
			.formatted(department.code());
		String body = this.mvc.perform(get("/api/status/2023/6").with(httpBasic(manager, StatusFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2023))
			.andExpect(jsonPath("$.month").value(6))
			.andExpect(jsonPath("$.periodStart").value("2023-01-01"))
			.andExpect(jsonPath("$.periodEnd").value("2023-06-30"))
			.andExpect(jsonPath("$.total.combined.status").isNumber())
			.andExpect(jsonPath("$.total.code").doesNotExist())
			.andExpect(jsonPath("$.departments[*].code").value(hasItem(department.code())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Object own = JsonPath.parse(body).read("$.departments[?(@.code == '" + department.code() + "')]");
		JSONAssert.assertEquals(expected, JsonPath.parse(own).jsonString(), true);
	}

	@Test
	void aMissingTargetIsNullAndTheOverallFulfilmentIsTheCombinedOne() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		this.fixtures.targets(department.code() + ";2022;7,3;");
		this.fixtures.placements(department.code() + ";WAGE_SUBSIDY;2021-12-01;2022-01-31;N-1;");
		String manager = this.fixtures.user(Role.MANAGER, department.id());
		// 31 days of 31 in January 2022 against a target of 7.3: 13.7 % -> 14 %
		this.mvc.perform(get("/api/status/2022/1").with(httpBasic(manager, StatusFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departments[0].flexJob.target").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.departments[0].flexJob.fulfilmentPercent").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.departments[0].combined.fulfilmentPercent").value(14))
			.andExpect(jsonPath("$.departments[0].overallPercent").value(14));
	}

	@Test
	void aDepartmentManagersAnswerHoldsOnlyTheirDepartment() throws Exception {
		DepartmentSummary own = this.fixtures.department();
		DepartmentSummary other = this.fixtures.department();
		this.fixtures.placements(own.code() + ";INTERNSHIP;2023-01-01;2023-01-31;D-1;",
				other.code() + ";INTERNSHIP;2023-01-01;2023-01-31;D-2;");
		String manager = this.fixtures.user(Role.MANAGER, own.id());

		this.mvc.perform(get("/api/status/2023/1").with(httpBasic(manager, StatusFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departments[*].code").value(contains(own.code())))
			.andExpect(jsonPath("$.total.schemes.INTERNSHIP.fullYearPersons").value(1.0));
	}

	@Test
	void aDepartmentManagerCannotOpenAnotherDepartmentsPage() throws Exception {
		DepartmentSummary own = this.fixtures.department();
		DepartmentSummary other = this.fixtures.department();
		String manager = this.fixtures.user(Role.MANAGER, own.id());
		this.mvc.perform(get("/status/2023/1/departments/{code}", other.code())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(StatusFixtures.departmentManager(own))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/status/2023/1/departments/{code}", other.code())
				.with(httpBasic(manager, StatusFixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void employersAndStrangersCannotReadTheStatus() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		String employer = this.fixtures.user(Role.EMPLOYER, department.id());
		this.mvc.perform(get("/api/status/2023/6")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/status/2023/6").with(httpBasic(employer, StatusFixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/status/2023/6").with(httpBasic(employer, "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aMonthThatHasNotBegunHasNoStatus() throws Exception {
		String admin = this.fixtures.user(Role.ADMIN, null);
		this.mvc.perform(get("/api/status/2099/1").with(httpBasic(admin, StatusFixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/status/2023/13").with(httpBasic(admin, StatusFixtures.PASSWORD)))
			.andExpect(status().isNotFound());
	}

}
