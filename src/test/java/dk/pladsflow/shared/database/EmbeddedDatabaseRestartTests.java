package dk.pladsflow.shared.database;

import java.nio.file.Path;

import dk.pladsflow.organisation.DepartmentData;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.test.StandaloneApplication;
import dk.pladsflow.user.UserMother;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data in {@code pladsflow.embedded-db.data-directory}:
 * what an administrator changed is still there after a restart, and the demo data is
 * loaded only once.
 */
class EmbeddedDatabaseRestartTests {

	private static final String USERS_AND_UNITS = "select (select count(*) from app_user) || '/' || (select count(*) from unit)";

	@Test
	void dataSurvivesARestartAndDemoDataIsNotLoadedTwice(@TempDir Path directory) {
		String[] properties = { "pladsflow.embedded-db.data-directory=" + directory, "pladsflow.demo-data=true" };
		String before;
		try (ConfigurableApplicationContext app = StandaloneApplication.start(properties)) {
			assertThat(app.getBeanProvider(EmbeddedDatabase.class).getIfAvailable()).isNotNull();
			OrganisationService organisation = app.getBean(OrganisationService.class);
			DepartmentSummary buf = organisation.departmentByCode("BUF").orElseThrow();
			organisation.updateDepartment(UserMother.ADMIN, buf.id(), buf.version(), new DepartmentData(buf.code(),
					"Børne- og Ungdomsforvaltningen (omdøbt)", buf.oneCvMode(), buf.contactConsultantId()));
			before = app.getBean(JdbcTemplate.class).queryForObject(USERS_AND_UNITS, String.class);
		}
		try (ConfigurableApplicationContext app = StandaloneApplication.start(properties)) {
			assertThat(app.getBean(OrganisationService.class).departmentByCode("BUF").orElseThrow().name())
				.isEqualTo("Børne- og Ungdomsforvaltningen (omdøbt)");
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'admin'", Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject(USERS_AND_UNITS, String.class)).isEqualTo(before);
		}
	}

}
