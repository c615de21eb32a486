package dk.pladsflow.shared;

import java.util.List;

import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MigrationsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrationsSeedTheSevenDepartmentsWithBifAndSufInOneCvMode() {
		List<String> codes = this.jdbc.queryForList("select code from department order by code", String.class);
		assertThat(codes).contains("BIF", "BUF", "KFF", "SOF", "SUF", "TMF", "ØKF");
		List<String> oneCv = this.jdbc.queryForList(
				"select code from department where one_cv_mode and code in ('BIF','BUF','KFF','SOF','SUF','TMF','ØKF') order by code",
				String.class);
		assertThat(oneCv).containsExactly("BIF", "SUF");
	}

}
