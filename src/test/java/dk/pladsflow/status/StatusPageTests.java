package dk.pladsflow.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Set;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.shared.export.Downloads;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The status pages and downloads, with the real security rules.
 */
@WebIntegrationTest
@Import(StatusFixtures.class)
class StatusPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatusFixtures fixtures;

	@Autowired
	SnapshotService snapshots;

	private DepartmentSummary workedExample() {
		DepartmentSummary department = this.fixtures.department();
		this.fixtures.targets(department.code() + ";2023;50;20");
		this.fixtures.placements(StatusComputationTests.workedExample(department.code()).toArray(String[]::new));
		return department;
	}

	@Test
	void theOverviewShowsEveryDepartmentWithDanishNumbers() throws Exception {
		DepartmentSummary department = workedExample();
		this.mvc.perform(get("/status/2023/6").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(department.code()), containsString("40,0"), containsString("85 %"),
						containsString("Københavns Kommune"), containsString("01-01-2023 – 30-06-2023"),
						containsString("<caption"), containsString("scope=\"col\""))));
	}

	@Test
	void theDepartmentPageShowsTrendForecastAndUnits() throws Exception {
		DepartmentSummary department = workedExample();
		this.mvc
			.perform(get("/status/2023/6/departments/{code}", department.code())
				.with(user(StatusFixtures.departmentManager(department))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-trend"), containsString("juni"),
					containsString("Prognose"), containsString("Uden enhed"), containsString("chart.umd.min.js"))));
	}

	@Test
	void aDepartmentManagerSeesOnlyTheirOwnDepartmentOnTheOverview() throws Exception {
		DepartmentSummary own = this.fixtures.department();
		DepartmentSummary other = this.fixtures.department();
		this.mvc.perform(get("/status/2023/6").with(user(StatusFixtures.departmentManager(own))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(own.code()), not(containsString(other.code())),
					not(containsString("Københavns Kommune (KK)")))));
	}

	@Test
	void employersHaveNoStatusPages() throws Exception {
		CurrentUser employer = CurrentUser.of(-9, "employer", Set.of(Role.EMPLOYER), 1L, Set.of());
		this.mvc.perform(get("/status/2023/6").with(user(employer))).andExpect(status().isForbidden());
	}

	@Test
	void theWorkbookHoldsTheStatusThePreviousYearAndTheTrend() throws Exception {
		DepartmentSummary department = workedExample();
		byte[] xlsx = this.mvc.perform(get("/status/2023/6/xlsx").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Downloads.XLSX_TYPE))
			.andExpect(header().string("Content-Disposition", containsString("status-2023-06.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Status");
			assertThat(workbook.getSheet("Sidste år")).isNotNull();
			assertThat(workbook.getSheet("Udvikling")).isNotNull();
			Row row = find(workbook.getSheet("Status"), department.code());
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(20.0);
			assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(50.0);
			assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(85.0);
		}
	}

	@Test
	void aChangedTargetGivesANewWorkbook() throws Exception {
		DepartmentSummary department = workedExample();
		assertThat(targetInWorkbook(department.code())).isEqualTo(50.0);
		this.fixtures.targets(department.code() + ";2023;60;20");
		assertThat(targetInWorkbook(department.code())).isEqualTo(60.0);
	}

	private double targetInWorkbook(String code) throws Exception {
		byte[] xlsx = this.mvc.perform(get("/status/2023/6/xlsx").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			return find(workbook.getSheet("Status"), code).getCell(8).getNumericCellValue();
		}
	}

	@Test
	void theCsvHasTheSameFiguresAsTheJson() throws Exception {
		DepartmentSummary department = workedExample();
		String csv = new String(this.mvc.perform(get("/status/2023/6/csv").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFdepartment;year;month;period_start;period_end;")
			.contains("\r\n" + department.code()
					+ ";2023;6;2023-01-01;2023-06-30;20;21;15;30;5;5;40;50;80;18;20;90;85\r\n")
			.contains("\r\nKK;2023;6;");
	}

	@Test
	void anAdministratorFreezesAMonthAndTheSnapshotCanBeShownAndDownloaded() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		CurrentUser admin = StatusFixtures.ADMIN;
		this.mvc.perform(post("/status/snapshots").param("month", "2019-03").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/status/snapshots/2019/3"));
		this.mvc.perform(get("/status/snapshots").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/status/snapshots/2019/3/xlsx")));
		this.mvc.perform(get("/status/snapshots/2019/3").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Fastfrosset"), containsString(department.code()))));
		this.mvc
			.perform(get("/status/snapshots/2019/3/departments/{code}", department.code())
				.with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/status/snapshots/2019/3/csv").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(department.code() + ";2019;3;2019-01-01;2019-03-31;")));
		this.mvc.perform(get("/status/snapshots/2018/3").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isNotFound());
		assertThat(this.snapshots.snapshot(admin, YearMonth.of(2019, 3)).departments()).isNotEmpty();
	}

	@Test
	void managersCannotFreezeAMonth() throws Exception {
		this.mvc
			.perform(post("/status/snapshots").param("month", "2019-02")
				.with(user(StatusFixtures.CENTRAL_MANAGER))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private static Row find(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith(code + " ")) {
				return row;
			}
		}
		throw new AssertionError("no row for " + code);
	}

}
