package dk.pladsflow.outcome;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Resultater as CSV and Excel (issue 14, item 5): the page's tables, number for number,
 * on the worked example of {@code docs/outcomes.md}.
 */
class OutcomeExportTests extends WorkedExampleTest {

	@Test
	void theCsvHoldsThePagesTableWithThePreviousYearBeside() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		String d = department.code();

		byte[] csv = download("/outcomes/2024/csv", OutcomeFixtures.departmentManager(department),
				"resultater-2024.csv");

		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFdepartment;year;scheme;sector;ended;pending;known;in_job_or_education;"
				+ "percent;effect_points;effect_basis;previous_year_percent;previous_year_effect_points\r\n");
		assertThat(text.split("\r\n")).hasSize(9)
			.contains(d + ";2024;WAGE_SUBSIDY;MUNICIPAL;1;1;0;0;;;0;;",
					d + ";2024;WAGE_SUBSIDY;PRIVATE;3;1;2;2;100;44,5;1;;",
					d + ";2024;INTERNSHIP;MUNICIPAL;4;0;3;2;67;79,1;2;;",
					// nothing ended in 2024; in 2023 P8: 0 % and +25.3
					d + ";2024;UTILITY_WORK;MUNICIPAL;0;0;0;0;;;0;0;25,3", d + ";2024;FLEX_JOB;PRIVATE;0;0;0;0;;;0;;");
	}

	@Test
	void aCentralReadersCsvHasTheMunicipalityAndEveryDepartment() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();

		String text = new String(download("/outcomes/2024/csv", OutcomeFixtures.CENTRAL_MANAGER, "resultater-2024.csv"),
				StandardCharsets.UTF_8);

		assertThat(text).contains("\r\nKK;2024;WAGE_SUBSIDY;MUNICIPAL;")
			.contains("\r\n" + department.code() + ";2024;INTERNSHIP;MUNICIPAL;4;0;3;2;67;79,1;2;;\r\n");
	}

	@Test
	void theWorkbookHoldsTheTableInWordsAndTheTrendOfEachTable() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		String d = department.code();

		byte[] xlsx = download("/outcomes/2024/xlsx", OutcomeFixtures.CENTRAL_MANAGER, "resultater-2024.xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet figures = workbook.getSheet("Resultater");
			assertThat(values(figures.getRow(2))).startsWith("Forvaltning", "Ordning", "Sektor", "Afsluttet");
			assertThat(rows(figures))
				.contains(
						Arrays.asList(d + " " + department.name(), "Virksomhedspraktik", "Kommunal", 4.0, 0.0, 3.0, 2.0,
								67.0, 79.1, 2.0, null, null),
						Arrays.asList(d + " " + department.name(), "Nytteindsats", "Kommunal", 0.0, 0.0, 0.0, 0.0, null,
								null, 0.0, 0.0, 25.3))
				.anySatisfy((row) -> assertThat(row.get(0)).isEqualTo("Københavns Kommune"));
			List<List<Object>> trend = rows(workbook.getSheet("Udvikling")).stream()
				.filter((row) -> row.get(0).equals(d + " " + department.name()))
				.toList();
			assertThat(trend).containsExactly(
					Arrays.asList(d + " " + department.name(), "2024-01", "Virksomhedspraktik", "Kommunal", 1.0, 0.0,
							1.0, 1.0, 100.0),
					Arrays.asList(d + " " + department.name(), "2024-02", "Virksomhedspraktik", "Kommunal", 1.0, 0.0,
							1.0, 1.0, 100.0),
					Arrays.asList(d + " " + department.name(), "2024-03", "Virksomhedspraktik", "Kommunal", 1.0, 0.0,
							1.0, 0.0, 0.0),
					Arrays.asList(d + " " + department.name(), "2024-04", "Virksomhedspraktik", "Kommunal", 1.0, 0.0,
							0.0, 0.0, null),
					Arrays.asList(d + " " + department.name(), "2024-07", "Løntilskud", "Privat", 1.0, 0.0, 1.0, 1.0,
							100.0),
					Arrays.asList(d + " " + department.name(), "2024-10", "Løntilskud", "Privat", 1.0, 0.0, 1.0, 1.0,
							100.0),
					Arrays.asList(d + " " + department.name(), "2024-11", "Løntilskud", "Kommunal", 1.0, 1.0, 0.0, 0.0,
							null),
					Arrays.asList(d + " " + department.name(), "2024-12", "Løntilskud", "Privat", 1.0, 1.0, 0.0, 0.0,
							null));
		}
	}

	@Test
	void aDepartmentManagersDownloadsHoldOnlyTheirDepartmentAndEmployersGetNone() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		DepartmentSummary other = this.fixtures.department();

		byte[] xlsx = download("/outcomes/2024/xlsx", OutcomeFixtures.departmentManager(department),
				"resultater-2024.xlsx");
		String csv = new String(
				download("/outcomes/2024/csv", OutcomeFixtures.departmentManager(department), "resultater-2024.csv"),
				StandardCharsets.UTF_8);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(rows(workbook.getSheet("Resultater"))).hasSize(8)
				.allSatisfy((row) -> assertThat(row.get(0)).isEqualTo(department.code() + " " + department.name()));
		}
		assertThat(csv).doesNotContain(other.code()).doesNotContain("\r\nKK;");
		CurrentUser employer = CurrentUser.of(-5, "test-employer", Set.of(Role.EMPLOYER), department.id(), Set.of());
		this.mvc.perform(get("/outcomes/2024/csv").with(user(employer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/outcomes/2024/xlsx").with(user(employer))).andExpect(status().isForbidden());
	}

	private byte[] download(String path, CurrentUser reader, String fileName) throws Exception {
		return this.mvc.perform(get(path).with(user(reader)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(fileName)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** The rows under the header (row 3 on). */
	private static List<List<Object>> rows(Sheet sheet) {
		List<List<Object>> rows = new ArrayList<>();
		for (int r = 3; r <= sheet.getLastRowNum(); r++) {
			rows.add(values(sheet.getRow(r)));
		}
		return rows;
	}

	private static List<Object> values(Row row) {
		List<Object> values = new ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			Cell cell = row.getCell(c);
			values.add((cell == null || cell.getCellType() == CellType.BLANK) ? null
					: (cell.getCellType() == CellType.NUMERIC) ? (Object) cell.getNumericCellValue()
							: cell.getStringCellValue());
		}
		return values;
	}

}
