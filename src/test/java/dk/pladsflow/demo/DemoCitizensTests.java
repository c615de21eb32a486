package dk.pladsflow.demo;

import java.time.LocalDate;
import java.util.Set;

import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Transactional
class DemoCitizensTests {

	@Autowired
	CitizenService citizens;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fortyDemoCitizensCoverEveryTargetGroupAndBenefitAndSomeHaveACpr() {
		long id = this.users.create(UserMother.ADMIN, "demo-citizens-konsulent", "rigtig-kode-1",
				new UserData("Demo", "demo@kk.example", Set.of(Role.CONSULTANT), null, Set.of()));
		DemoCitizens.register(this.citizens, CurrentUser.of(id, "k", Set.of(Role.CONSULTANT), null, Set.of()),
				LocalDate.now());
		String demo = " from citizen where case_reference like 'SAG-2026-%'";
		assertThat(this.jdbc.queryForObject("select count(*)" + demo, Long.class)).isEqualTo(40);
		assertThat(this.jdbc.queryForObject("select count(distinct target_group)" + demo, Long.class)).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select count(distinct readiness)" + demo, Long.class)).isEqualTo(2);
		assertThat(this.jdbc
			.queryForObject("select count(*)" + demo + " and readiness is not null and benefit not in ('CASH_BENEFIT',"
					+ " 'EDUCATION_BENEFIT', 'INTEGRATION_PROGRAMME')", Long.class))
			.as("readiness only where the benefit is assessed for it")
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(distinct benefit)" + demo, Long.class)).isEqualTo(6);
		assertThat(this.jdbc.queryForObject("select count(cpr)" + demo, Long.class)).isBetween(5L, 20L);
	}

}
