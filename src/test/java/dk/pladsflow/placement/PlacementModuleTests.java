package dk.pladsflow.placement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import dk.pladsflow.test.TestClockConfiguration;
import dk.pladsflow.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The placement module on its own (with the modules it depends on), reacting to the slot
 * module's event: slot filled ({@link PlacementAgreed}) → the placement starts, once
 * however often the event is delivered (issue 10, item 8).
 */
// the user module implements the organisation module's ConsultantDirectory: included by
// name, as nothing in the placement module's code leads there
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "user")
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class })
// a context of its own: closed after the class, and with a small pool, so that the
// suite's cached contexts stay within the test database's connection limit
@TestPropertySource(properties = { "pladsflow.demo-data=false", "spring.datasource.hikari.maximum-pool-size=4",
		"spring.datasource.hikari.minimum-idle=0",
		// a scheduler of its own name: Quartz keeps its data sources in one JVM-wide
		// registry by scheduler name, so a context closed after this test must not take
		// the other contexts' job store connection with it
		"spring.quartz.scheduler-name=pladsflow-module-test-placement" })
@DirtiesContext
class PlacementModuleTests {

	@Autowired
	PlacementService placements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFilledSlotStartsItsPlacementOnce(Scenario scenario) {
		Fixture f = fixture();
		LocalDate start = LocalDate.of(2026, 3, 2);
		PlacementAgreed agreed = new PlacementAgreed(f.slot(), f.department(), f.unit(), Scheme.WAGE_SUBSIDY, start,
				start.plusMonths(4), f.caseReference(), f.citizen());
		scenario.publish(agreed)
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> this.placements.ofSlot(f.slot(), start), Optional::isPresent)
			.andVerify((placement) -> assertThat(placement.orElseThrow().endDate()).isEqualTo(start.plusMonths(4)));
		assertThat(this.placements.start(agreed)).as("a second delivery")
			.isEqualTo(this.placements.ofSlot(f.slot(), start).orElseThrow().id());
		assertThat(this.jdbc.sql("select count(*) from placement where slot_id = :slot")
			.param("slot", f.slot())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * A slot and a citizen the placement can point at. The slot and citizen modules are
	 * not part of this test, so their rows are written as their migrations define them.
	 */
	private Fixture fixture() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long department = this.jdbc.sql("select id from department where code = 'TMF'").query(Long.class).single();
		long unit = this.jdbc.sql("insert into unit (department_id, name) values (:department, :name) returning id")
			.param("department", department)
			.param("name", "Placering " + tag)
			.query(Long.class)
			.single();
		// the slot's creator: any user will do (on a fresh test database there is none
		// yet)
		long user = this.jdbc.sql("""
				insert into app_user (username, display_name, password_hash) values (:name, :name, '{noop}x')
				returning id""").param("name", "modultest-" + tag).query(Long.class).single();
		long slot = this.jdbc.sql("""
				insert into slot (department_id, unit_id, title, scheme, weekly_hours, contact_person,
				                  not_replacing_vacancy, representative_approved, one_cv_mode, phase, opened_at,
				                  round_no, created_by)
				values (:department, :unit, 'Modultest', 'WAGE_SUBSIDY', 37, 'Arne', true, true, false, 'FILLED',
				        now(), 1, :user) returning id
				""").param("department", department).param("unit", unit).param("user", user).query(Long.class).single();
		String caseReference = "SAG-" + tag;
		long citizen = this.jdbc.sql("""
				insert into citizen (name, case_reference, target_group, benefit, job_goal, cv_ready, waiting_since)
				values (:name, :ref, 1, 'CASH_BENEFIT', 'Pedel', true, date '2025-01-01') returning id
				""").param("name", "Modul " + tag).param("ref", caseReference).query(Long.class).single();
		return new Fixture(department, unit, slot, citizen, caseReference);
	}

	private record Fixture(long department, long unit, long slot, long citizen, String caseReference) {
	}

}
