package dk.pladsflow.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dk.pladsflow.slot.SlotPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records missed deadlines: the job behind "a missed deadline is recorded once, shown on
 * the worklists, and notified to the people who must act". Idempotent: a breach is one
 * row per slot, phase instance and kind, guarded by a unique key, so reruns, catch-ups
 * after downtime and two nodes sweeping at once record (and announce) each breach once.
 */
@Service
public class DeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

	/**
	 * One statement: the due open slots, read from the slot module's view
	 * {@code slot_open_deadline} through {@code ix_slot_open_deadline} (only slots whose
	 * deadline has passed), each phase instance not yet recorded inserted, and the new
	 * rows returned with what the events need. A phase instance is the phase and the
	 * moment it began: the round's start (phase 1), the round being sent (phase 2), the
	 * choice (phase 3).
	 */
	static final String SWEEP_SQL = """
			with due as (
			    select s.slot_id as id, s.department_id, s.unit_id, s.title, s.phase, s.round_no, s.deadline,
			           s.phase_started_at
			    from slot_open_deadline s
			    where s.deadline <= :now
			), recorded as (
			    insert into deadline_breach (slot_id, department_id, phase, round_no, phase_started_at, kind,
			                                 deadline, detected_at)
			    select d.id, d.department_id, d.phase, d.round_no, d.phase_started_at, 'MISSED', d.deadline, :now
			    from due d
			    where not exists (select 1 from deadline_breach b
			                      where b.slot_id = d.id and b.phase = d.phase
			                        and b.phase_started_at = d.phase_started_at and b.kind = 'MISSED')
			    on conflict on constraint uk_deadline_breach_instance do nothing
			    returning id, slot_id, phase, round_no, deadline
			)
			select r.id, r.slot_id, r.phase, r.round_no, r.deadline, d.department_id, d.unit_id, d.title
			from recorded r join due d on d.id = r.slot_id
			order by r.id
			""";

	private final JdbcClient jdbc;

	private final Recipients recipients;

	private final ApplicationEventPublisher events;

	DeadlineSweep(JdbcClient jdbc, Recipients recipients, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.events = events;
	}

	/**
	 * Records every deadline that has passed at {@code now} and is not recorded yet, and
	 * publishes one {@link DeadlineBreached} per new breach (in this transaction, so a
	 * listener after commit sees only recorded breaches).
	 * @param now the clock's now
	 * @return the new breaches, as published
	 */
	@Transactional
	public List<DeadlineBreached> sweep(Instant now) {
		long started = System.nanoTime();
		List<NewBreach> found = this.jdbc.sql(SWEEP_SQL)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new NewBreach(rs.getLong("id"), rs.getLong("slot_id"), rs.getString("title"),
					rs.getLong("department_id"), rs.getLong("unit_id"), rs.getString("phase"), rs.getInt("round_no"),
					rs.getTimestamp("deadline").toInstant()))
			.list();
		Recipients.Lookup people = this.recipients.of(found.stream().map(NewBreach::departmentId).distinct().toList());
		List<DeadlineBreached> published = found.stream().map((b) -> {
			int phase = SlotPhase.valueOf(b.phase()).number();
			Set<Long> employers = (phase >= 2) ? people.employers(b.departmentId(), b.unitId()) : Set.of();
			return new DeadlineBreached(b.id(), b.slotId(), b.title(), b.departmentId(), phase, b.roundNo(),
					b.deadline(), now, people.consultant(b.departmentId()), employers);
		}).toList();
		published.forEach(this.events::publishEvent);
		if (!published.isEmpty()) {
			this.events.publishEvent(new DeadlinesMissed(published));
		}
		log.info("Deadline sweep at {}: {} new breaches in {} ms", now, published.size(),
				(System.nanoTime() - started) / 1_000_000);
		return published;
	}

	private record NewBreach(long id, long slotId, String title, long departmentId, long unitId, String phase,
			int roundNo, Instant deadline) {
	}

}
