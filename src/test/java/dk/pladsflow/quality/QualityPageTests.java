package dk.pladsflow.quality;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import dk.pladsflow.slot.PhaseFigures;
import dk.pladsflow.quality.QualityReport.Scope;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dk.pladsflow.user.UserMother.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12: the page *Kvalitet* shows the worked example's figures, its drill-down lists
 * exactly the slots behind a missed figure, and a department manager or employer who
 * guesses another department's code is refused — all over HTTP.
 */
@WebIntegrationTest
class QualityPageTests extends QualityTestSupport {

	@Autowired
	QualityService quality;

	@Test
	void theTrendHoldsEachMonthsOwnFigures() {
		workedExample();
		for (CurrentUser user : List.of(this.world.centralManager, this.world.departmentManager)) {
			for (YearMonth month : List.of(YearMonth.of(2031, 7), YearMonth.of(2031, 8))) {
				List<QualityService.TrendPoint> trend = this.quality.trend(user, month);
				assertThat(trend).extracting(QualityService.TrendPoint::month)
					.containsExactlyElementsOf(
							Stream.iterate(month.minusMonths(11), (m) -> m.plusMonths(1)).limit(12).toList());
				for (QualityService.TrendPoint point : trend) {
					QualityFigures alone = QualityService
						.visibleTo(user, this.quality.compute(point.month(), Scope.MONTH, PhaseFigures.Units.NONE))
						.total();
					assertThat(List.of(point.week1(), point.week2(), point.week3(), point.filledByWeek3()))
						.as("%s, %s", user.getUsername(), point.month())
						.containsExactly(alone.week1(), alone.week2(), alone.week3(), alone.filledByWeek3());
				}
			}
		}
		// the department's months add up to its year to date
		assertThat(this.quality.trend(this.world.departmentManager, YearMonth.of(2031, 7))
			.stream()
			.map(QualityService.TrendPoint::week1)
			.reduce(Share.NONE, Share::plus)).isEqualTo(new Share(5, 2));
	}

	@Test
	void aCentralReaderSeesOneDepartmentsUnitsAtATimeADepartmentManagerTheirOwn() throws Exception {
		workedExample();
		String code = this.world.department.code();
		String caption = "Enhederne i " + code;
		String unit = "Enhed " + this.world.tag;

		String overview = page("/quality?year=2031&month=7", this.world.centralManager);
		assertThat(overview).doesNotContain(caption)
			.doesNotContain(unit)
			.contains("units=" + code + "#units\">Vis enhederne i " + code + "</a>");

		String units = page("/quality?year=2031&month=7&units=" + code.toLowerCase(java.util.Locale.ROOT),
				this.world.centralManager);
		assertThat(units).contains(caption);
		// choosing another month keeps the department whose units are shown
		assertThat(units).containsPattern(
				"<input type=\"hidden\" name=\"units\" value=\"" + code.toLowerCase(java.util.Locale.ROOT) + "\"");
		String unitTable = units.substring(units.indexOf(caption));
		assertThat(text(row(unitTable, unit))).startsWith(unit + " 2 af 5 (40 %)");

		String own = page("/quality?year=2031&month=7", this.world.departmentManager);
		assertThat(own).contains(caption).contains(unit).doesNotContain("Vis enhederne i");
	}

	@Test
	void thePageShowsTheWorkedExampleAndTheDrillDownListsTheSlotsThatMissed() throws Exception {
		workedExample();
		String code = this.world.department.code();
		String page = page("/quality?year=2031&month=7", this.world.centralManager);

		assertThat(text(row(page, code + " – "))).isEqualTo(code + " – " + this.world.department.name()
				+ " 2 af 5 (40 %) 3 overskredet 1 af 3 (33 %) 2 overskredet 0 af 2 (0 %) 2 overskredet"
				+ " 1 af 4 (25 %) 3 overskredet 30,0 / 38,0 0 0 0 1 0 1 (1) 1 1 af 2 (50 %)");
		assertThat(page).contains("Københavns Kommune (KK) – alle forvaltninger");

		// week 1 missed: B's first round (day 9), C and D (never referred)
		String missed = page("/quality/2031/7/week1?scope=year&missed=true&department=" + code,
				this.world.centralManager);
		List<String> rows = rows(missed);
		assertThat(rows).hasSize(3);
		assertThat(rows).allSatisfy((r) -> assertThat(text(r)).contains("Overskredet").contains("Konsulent"));
		// B and C share their deadline (day 7, 10:00): which comes first is not the point
		assertThat(rows).extracting(QualityTestSupport::text)
			.anySatisfy((r) -> assertThat(r).contains("06-01-2031 13-01-2031 10:00 15-01-2031 Overskredet 2 "))
			.anySatisfy((r) -> assertThat(r).contains("06-01-2031 13-01-2031 10:00 07-07-2031 Overskredet 175 "))
			.anySatisfy((r) -> assertThat(r).contains("03-02-2031 10-02-2031 10:00 løber stadig Overskredet 175 "));
		assertThat(text(rows.get(2))).as("deadline order").contains("03-02-2031");
		// all due: A's and B's second round met besides
		assertThat(rows(page("/quality/2031/7/week1?scope=year&department=" + code, this.world.centralManager)))
			.hasSize(5);
		// the department manager sees the same, and only their department
		String own = page("/quality?year=2031&month=7", this.world.departmentManager);
		assertThat(text(row(own, code + " – "))).isEqualTo(text(row(page, code + " – ")));
		assertThat(own).doesNotContain("alle forvaltninger").doesNotContain("BUF –");
		assertThat(rows(page("/quality/2031/7/week1?scope=year&missed=true", this.world.departmentManager))).hasSize(3);

		// the downloads hold the same figures
		String csv = this.mvc.perform(get("/quality/2031/7/csv").with(as(this.world.departmentManager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize(3)
			.contains("DEPARTMENT;" + code + ";;2031-01-01;2031-07-31;5;2;40;3;1;33;2;0;0;4;1;25;30;38;"
					+ "0;0;0;1;0;1;1;1;2;1;50");
		byte[] xlsx = this.mvc.perform(get("/quality/2031/7/xlsx").with(as(this.world.centralManager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			boolean found = false;
			for (var row : workbook.getSheet("Kvalitet")) {
				if (row.getCell(1) != null && "DEPARTMENT".equals(row.getCell(0).getStringCellValue())
						&& code.equals(row.getCell(1).getStringCellValue())) {
					assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(5.0);
					assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(40.0);
					assertThat(row.getCell(17).getNumericCellValue()).isEqualTo(30.0);
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void aDepartmentManagerWhoGuessesAnotherDepartmentsCodeIsRefused() throws Exception {
		for (String code : List.of("BUF", "SOF", "KK", "buf", "XYZ123")) {
			this.mvc
				.perform(get("/quality/2026/10/week1").param("department", code).with(as(this.world.departmentManager)))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(get("/quality/2026/10/week1").param("department", "XYZ123").with(as(this.world.centralManager)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/quality/2026/10/week9").with(as(this.world.departmentManager)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/quality/2026/10/week1").param("unit", "999999999").with(as(this.world.centralManager)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/quality").with(as(this.world.employer))).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/quality/2026/10/week2").param("department", this.world.department.code())
				.with(as(this.world.employer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/quality").with(as(this.world.consultant))).andExpect(status().isOk());
	}

	private static String row(String html, String startsWith) {
		for (String r : rows(html)) {
			if (text(r).startsWith(startsWith)) {
				return r;
			}
		}
		throw new AssertionError("no row starting with " + startsWith);
	}

}
