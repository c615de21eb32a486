package dk.pladsflow.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.shared.Municipality;
import dk.pladsflow.shared.csv.ImportRejectedException;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.Role;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The municipality as a unit of its own: targets for the municipality as a whole (form
 * and CSV), against which the status's total row is measured where they are set, and
 * otherwise against the departments' sum. The test year 2017 is used by no other test;
 * every test removes the municipality's targets it set.
 */
@WebIntegrationTest
@Import(StatusFixtures.class)
class MunicipalityTargetsTests {

	private static final int YEAR = 2017;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatusFixtures fixtures;

	@Autowired
	Municipality municipality;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheMunicipalitysTargets() {
		this.jdbc.update("delete from municipality_target where year = ?", YEAR);
	}

	/**
	 * Two departments whose flex-job targets add up to 751, with flex jobs in October.
	 */
	private void departmentsOf2017() {
		DepartmentSummary one = this.fixtures.department();
		DepartmentSummary two = this.fixtures.department();
		this.fixtures.targets(one.code() + ";2017;800;400", two.code() + ";2017;720;351");
		this.fixtures.placements(one.code() + ";FLEX_JOB;2016-05-01;;MF-1;", one.code() + ";FLEX_JOB;2017-10-10;;MF-2;",
				two.code() + ";FLEX_JOB;2017-02-01;2017-10-01;MF-3;",
				two.code() + ";WAGE_SUBSIDY;2017-01-01;2017-06-30;MW-1;");
	}

	private DocumentContext statusJson() throws Exception {
		String manager = this.fixtures.user(Role.MANAGER, null);
		String body = this.mvc.perform(get("/api/status/2017/10").with(httpBasic(manager, StatusFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.parse(body);
	}

	private static int percent(long status, int target) {
		return BigDecimal.valueOf(status * 100)
			.divide(BigDecimal.valueOf(target), 0, RoundingMode.HALF_UP)
			.intValueExact();
	}

	private static int sum(DocumentContext json, String path) {
		List<Integer> targets = json.read("$.departments[*]." + path);
		return targets.stream().filter((t) -> t != null).mapToInt(Integer::intValue).sum();
	}

	@Test
	void withoutTargetsOfItsOwnTheMunicipalityIsMeasuredAgainstTheDepartmentsSum() throws Exception {
		departmentsOf2017();
		DocumentContext json = statusJson();
		int flexTargets = sum(json, "flexJob.target");
		assertThat(flexTargets).isGreaterThanOrEqualTo(751);
		assertThat((Integer) json.read("$.total.flexJob.target")).isEqualTo(flexTargets);
		long flexStatus = ((Number) json.read("$.total.flexJob.status")).longValue();
		assertThat((Integer) json.read("$.total.flexJob.fulfilmentPercent"))
			.isEqualTo(percent(flexStatus, flexTargets));
		assertThat((String) json.read("$.total.targets.combined")).isEqualTo("DEPARTMENTS");
		assertThat((String) json.read("$.total.targets.flexJob")).isEqualTo("DEPARTMENTS");
	}

	@Test
	void aRowWithTheMunicipalitysCodeSetsItsOwnTargetsAndTheTotalIsMeasuredAgainstThem() throws Exception {
		departmentsOf2017();
		int departmentsFlexTargets = sum(statusJson(), "flexJob.target");

		this.fixtures.targets(this.municipality.code() + ";2017;1520;850");
		DocumentContext json = statusJson();

		assertThat((Integer) json.read("$.total.flexJob.target")).isEqualTo(850);
		assertThat(((Number) json.read("$.total.combined.target")).doubleValue()).isEqualTo(1520.0);
		long flexStatus = ((Number) json.read("$.total.flexJob.status")).longValue();
		assertThat(flexStatus).isGreaterThanOrEqualTo(2);
		assertThat((Integer) json.read("$.total.flexJob.fulfilmentPercent")).isEqualTo(percent(flexStatus, 850));
		double combinedStatus = ((Number) json.read("$.total.combined.status")).doubleValue();
		int combinedPercent = BigDecimal.valueOf(combinedStatus * 100 / 1520)
			.setScale(0, RoundingMode.HALF_UP)
			.intValue();
		assertThat((Integer) json.read("$.total.combined.fulfilmentPercent")).isEqualTo(combinedPercent);
		assertThat((String) json.read("$.total.targets.combined")).isEqualTo("MUNICIPALITY");
		assertThat((String) json.read("$.total.targets.flexJob")).isEqualTo("MUNICIPALITY");
		// the departments keep their own targets
		assertThat(sum(json, "flexJob.target")).isEqualTo(departmentsFlexTargets);
	}

	@Test
	void eachOfTheTwoTargetsIsTheMunicipalitysOwnOnlyWhereItIsSet() throws Exception {
		departmentsOf2017();
		this.fixtures.targets(this.municipality.code().toLowerCase(java.util.Locale.ROOT) + ";2017;;850");
		DocumentContext json = statusJson();
		assertThat((Integer) json.read("$.total.flexJob.target")).isEqualTo(850);
		assertThat((String) json.read("$.total.targets.combined")).isEqualTo("DEPARTMENTS");
		assertThat((String) json.read("$.total.targets.flexJob")).isEqualTo("MUNICIPALITY");
	}

	@Test
	void aDepartmentManagersTotalIsTheirDepartmentWhateverTheMunicipalitysTargets() throws Exception {
		DepartmentSummary own = this.fixtures.department();
		this.fixtures.targets(own.code() + ";2017;10;4", this.municipality.code() + ";2017;1520;850");
		String manager = this.fixtures.user(Role.MANAGER, own.id());
		this.mvc.perform(get("/api/status/2017/10").with(httpBasic(manager, StatusFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total.flexJob.target")
						.value(4))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$.total.targets.flexJob")
				.value("DEPARTMENTS"));
	}

	@Test
	void theStatusPageSaysWhichTargetsTheMunicipalityIsMeasuredAgainst() throws Exception {
		departmentsOf2017();
		this.mvc.perform(get("/status/2017/10").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString(this.municipality.name() + " (" + this.municipality.code() + ")")))
			.andExpect(content().string(containsString("målt mod summen af forvaltningernes måltal")));
		this.fixtures.targets(this.municipality.code() + ";2017;1520;850");
		this.mvc.perform(get("/status/2017/10").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("målt mod kommunens egne måltal")))
			.andExpect(content().string(containsString("850")));
	}

	@Test
	void anAdministratorSetsAndRemovesTheMunicipalitysTargetsByForm() throws Exception {
		this.mvc.perform(get("/admin/targets?year=2017").with(user(StatusFixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.municipality.name() + "s egne måltal for 2017")));
		this.mvc
			.perform(post("/admin/targets/2017/municipality").with(user(StatusFixtures.ADMIN))
				.with(csrf())
				.param("version", "0")
				.param("combinedTarget", "1520,5")
				.param("flexJobTarget", "850"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "target.saved"));
		assertThat(this.jdbc
			.queryForMap("select combined_target, flexjob_target, version from municipality_target where year = 2017"))
			.containsEntry("combined_target", new BigDecimal("1520.50"))
			.containsEntry("flexjob_target", 850);

		// a form made before that change is stale
		this.mvc
			.perform(post("/admin/targets/2017/municipality").with(user(StatusFixtures.ADMIN))
				.with(csrf())
				.param("version", "0")
				.param("flexJobTarget", "1"))
			.andExpect(status().isConflict());

		// a number beyond the column is refused with the form's message, not a 500
		this.mvc
			.perform(post("/admin/targets/2017/municipality").with(user(StatusFixtures.ADMIN))
				.with(csrf())
				.param("version", "1")
				.param("flexJobTarget", "99999999999"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "target.invalid"));

		// both empty: the municipality is again measured against the departments' sum
		this.mvc
			.perform(post("/admin/targets/2017/municipality").with(user(StatusFixtures.ADMIN))
				.with(csrf())
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from municipality_target where year = 2017", Long.class))
			.isZero();
	}

	@Test
	void onlyAnAdministratorSetsTheMunicipalitysTargets() throws Exception {
		this.mvc
			.perform(post("/admin/targets/2017/municipality").with(user(StatusFixtures.CENTRAL_MANAGER))
				.with(csrf())
				.param("flexJobTarget", "850"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from municipality_target where year = 2017", Long.class))
			.isZero();
	}

	@Test
	void aFileWithTheMunicipalityTwiceForOneYearChangesNothing() {
		DepartmentSummary department = this.fixtures.department();
		assertThatThrownBy(() -> this.fixtures.targets(department.code() + ";2017;5;1",
				this.municipality.code() + ";2017;1520;850", this.municipality.code() + ";2017;1;1"))
			.isInstanceOf(ImportRejectedException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from municipality_target where year = 2017", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from target_figure where department_id = ?", Long.class,
				department.id()))
			.isZero();
	}

	@Test
	void noSourceFileNamesTheMunicipality() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
			List<Path> naming = files.filter(Files::isRegularFile)
				.filter((f) -> f.toString().endsWith(".java") || f.toString().endsWith(".html"))
				.filter((f) -> !f.toString().contains("/demo/"))
				.filter((f) -> {
					try {
						String text = Files.readString(f);
						return text.contains("København") || text.contains("\"KK\"");
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				})
				.toList();
			assertThat(naming).as("the municipality's name and code are settings").isEmpty();
		}
	}

}
