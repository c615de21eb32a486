package dk.pladsflow.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep over 1,000,000 slots of which 10,000 are due: its plan reads a deadline index
 * (so its work does not grow with the slots that are not due), and one sweep takes well
 * under 5 seconds. The time is logged for the docs.
 */
@IntegrationTest
@Transactional
class SweepVolumeTests extends DeadlineTestSupport {

	private static final Logger log = LoggerFactory.getLogger(SweepVolumeTests.class);

	private static final Instant NOW = Instant.parse("2030-06-01T08:00:00Z");

	@Autowired
	DeadlineSweep sweep;

	DeadlineWorld world;

	@BeforeEach
	void fill() {
		this.world = newWorld(false);
		// 1,000,000 slots: one in ten open (phases 1-3); of the open ones one in ten is
		// due (deadline up to 10 days before now), the rest run to deadlines in the
		// future; the other 900,000 are filled, vacant or closed, without a deadline
		long started = System.nanoTime();
		this.jdbc.sql("""
				insert into slot (department_id, unit_id, title, scheme, weekly_hours, contact_person,
				    not_replacing_vacancy, representative_approved, one_cv_mode, phase, opened_at, deadline,
				    round_no, round_started_at, round_sent_at, chosen_at, round_size, created_by)
				select :department, case when i % 2 = 0 then :unit else :otherUnit end,
				       'Plads ' || i, 'WAGE_SUBSIDY', 37, 'Kontakt', true, true, false,
				       case when i % 10 <> 0 then (array['FILLED', 'VACANT', 'CLOSED'])[1 + i % 3]
				            when i % 30 = 0 then 'REFERRAL' when i % 30 = 10 then 'EMPLOYER_RESPONSE'
				            else 'AGREEMENT' end,
				       p.now - (i % 3650) * interval '1 day' - interval '30 days',
				       case when i % 10 <> 0 then null
				            when i % 100 = 0 then p.now - (i % 10) * interval '1 day' - interval '1 minute'
				            else p.now + (1 + i % 14) * interval '1 day' end,
				       1, p.now - interval '20 days', p.now - interval '15 days', p.now - interval '10 days', 2, :user
				from generate_series(1, 1000000) i, (select cast(:now as timestamptz) as now) p
				""")
			.param("department", this.world.department)
			.param("unit", this.world.unit)
			.param("otherUnit", this.world.otherUnit)
			.param("now", Timestamp.from(NOW))
			.param("user", this.world.consultant.id())
			.update();
		this.jdbc.sql("analyze slot").update();
		log.info("Generated 1,000,000 slots in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	@Test
	void oneSweepOverAMillionSlotsRecordsTheTenThousandDueInUnderFiveSeconds() {
		String plan = String.join("\n",
				this.jdbc.sql("explain " + DeadlineSweep.SWEEP_SQL)
					.param("now", Timestamp.from(NOW))
					.query(String.class)
					.list());
		log.info("Sweep plan:\n{}", plan);
		// an index whose condition is the deadline: the open-deadline index, or
		// (PostgreSQL
		// 18 skipping over its few departments) the department-phase-deadline one
		assertThat(plan).as(plan)
			.containsPattern("Index (Only )?Scan using ix_slot_(open|department_phase)_deadline")
			.containsPattern("Index Cond: .*deadline <=")
			.doesNotContain("Seq Scan on slot");
		long started = System.nanoTime();
		List<DeadlineBreached> breached = this.sweep.sweep(NOW);
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Deadline sweep over 1,000,000 slots, 10,000 due: {} ms", millis);
		assertThat(breached.stream().filter((b) -> b.departmentId() == this.world.department)).hasSize(10_000);
		assertThat(millis).isLessThan(5_000);
		long rerun = System.nanoTime();
		assertThat(this.sweep.sweep(NOW).stream().filter((b) -> b.departmentId() == this.world.department)).isEmpty();
		log.info("Second sweep (nothing new): {} ms", (System.nanoTime() - rerun) / 1_000_000);
	}

}
