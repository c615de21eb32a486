package dk.pladsflow.slot;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.test.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 1: every transition writes the slot's phase instances in its own
 * transaction (these tests commit), and the migration's back-fill from the history gives
 * the same rows.
 */
@IntegrationTest
class SlotPhaseInstanceTests extends SlotTestSupport {

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void eachTransitionEndsTheRunningInstanceAndBeginsTheNext() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long anna = this.world.citizen("Anna");
		long bent = this.world.citizen("Bent");
		long carl = this.world.citizen("Carl");
		long dora = this.world.citizen("Dora");
		later(Duration.ofDays(2));
		this.slots.refer(this.world.consultant, slot, anna);
		this.slots.refer(this.world.consultant, slot, bent);
		later(Duration.ofDays(9));
		this.slots.answer(this.world.bufEmployer, slot, version(slot), null,
				Map.of(anna, "Passer ikke", bent, "Passer ikke"));
		later(Duration.ofDays(1));
		this.slots.refer(this.world.consultant, slot, carl);
		this.slots.refer(this.world.consultant, slot, dora);
		later(Duration.ofDays(1));
		this.slots.answer(this.world.bufEmployer, slot, version(slot), carl, Map.of(dora, "Valgte en anden"));
		later(Duration.ofDays(2));
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
		this.slots.updateAgreement(this.world.bufEmployer, slot, version(slot), new AgreementData(true, true,
				today.plusDays(3), new BigDecimal("37"), today.plusMonths(3), true, true));
		this.slots.completeAgreement(this.world.consultant, slot, version(slot));

		List<Row> rows = stored(slot);
		Instant t0 = rows.get(0).openedAt();
		assertThat(rows).extracting(Row::phase, Row::outcome)
			.containsExactly(tuple("REFERRAL", "SENT"), tuple("EMPLOYER_RESPONSE", "DECLINED"),
					tuple("REFERRAL", "SENT"), tuple("EMPLOYER_RESPONSE", "CHOSEN"), tuple("AGREEMENT", "COMPLETED"),
					tuple("FILLED", null));
		assertThat(rows).allSatisfy((r) -> assertThat(r.openedAt()).isEqualTo(t0));
		assertThat(rows.get(0).startedAt()).isEqualTo(t0);
		assertThat(rows.get(0).deadline()).as("phase 1: 7 days after T0").isEqualTo(micros(days(t0, 7)));
		assertThat(rows.get(1).deadline()).as("phase 2: 7 days after the round was sent")
			.isEqualTo(micros(days(rows.get(1).startedAt(), 7)));
		assertThat(rows.get(1).endedAt()).as("answered on day 11, after its deadline on day 9")
			.isBetween(t0.plus(Duration.ofDays(11)), t0.plus(Duration.ofDays(11).plusMinutes(1)))
			.isAfter(rows.get(1).deadline());
		for (int i = 0; i + 1 < rows.size(); i++) {
			assertThat(rows.get(i).endedAt()).as("each instance ends where the next begins")
				.isEqualTo(rows.get(i + 1).startedAt());
		}
		assertThat(rows.get(5).deadline()).as("FILLED has no deadline").isNull();
	}

	@Test
	void reopeningBeginsANewOpeningAndClosingEndsTheRunningInstance() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		later(Duration.ofDays(1));
		Instant closedAt = this.clock.instant();
		this.slots.closeUnused(slot, stored(slot).get(0).openedAt(), null, "Lukket", closedAt);
		later(Duration.ofDays(3));
		this.slots.reopen(this.world.bufEmployer, slot, version(slot));
		List<Row> rows = stored(slot);
		assertThat(rows).extracting(Row::phase, Row::outcome)
			.containsExactly(tuple("REFERRAL", "CLOSED"), tuple("CLOSED", "REOPENED"), tuple("REFERRAL", null));
		assertThat(rows.get(2).openedAt()).as("a new T0").isEqualTo(rows.get(2).startedAt()).isAfter(closedAt);
	}

	@Test
	void theMigrationsBackFillFromTheHistoryGivesWhatTheAggregateWrites() throws IOException {
		eachTransitionEndsTheRunningInstanceAndBeginsTheNext();
		long slot = this.jdbc.sql("select max(slot_id) from slot_phase_instance").query(Long.class).single();
		String migration = Files.readString(Path.of("db/migration/V140__slot_phase_instances.sql"));
		int start = migration.indexOf("with steps as");
		String backFill = migration.substring(start, migration.indexOf(';', start));
		List<Row> derived = this.jdbc
			.sql("""
					select b.* from (%s) b (slot_id, department_id, unit_id, phase, opened_at, started_at, deadline,
					ended_at, outcome) where b.slot_id = :slot"""
				.formatted(backFill.replace("order by o.slot_id, o.at, o.history_id", ""))
					+ " order by b.started_at, b.phase <> 'FILLED'")
			.param("slot", slot)
			.query((rs, n) -> new Row(rs.getString("phase"), rs.getString("outcome"),
					rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("started_at").toInstant(),
					instant(rs.getTimestamp("deadline")), instant(rs.getTimestamp("ended_at"))))
			.list();
		assertThat(derived).isEqualTo(stored(slot));
	}

	private void later(Duration duration) {
		this.clock.advance(duration);
	}

	private long version(long slot) {
		return this.slots.view(this.world.consultant, slot).version();
	}

	private List<Row> stored(long slot) {
		return this.jdbc.sql("""
				select phase, outcome, opened_at, started_at, deadline, ended_at from slot_phase_instance
				where slot_id = :slot order by started_at, id""")
			.param("slot", slot)
			.query((rs, n) -> new Row(rs.getString("phase"), rs.getString("outcome"),
					rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("started_at").toInstant(),
					instant(rs.getTimestamp("deadline")), instant(rs.getTimestamp("ended_at"))))
			.list();
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Instant micros(Instant instant) {
		return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	private static Instant days(Instant from, int days) {
		return from.atZone(ClockConfiguration.ZONE).plusDays(days).toInstant();
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	record Row(String phase, String outcome, Instant openedAt, Instant startedAt, Instant deadline, Instant endedAt) {
	}

}
