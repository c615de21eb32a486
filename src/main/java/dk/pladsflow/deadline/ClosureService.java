package dk.pladsflow.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.slot.SlotService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Phase 4, the closure of unused slots: the job behind "a slot that has not been filled
 * 26 weeks after T0 is closed; the employer is heard first". Idempotent: a hearing is one
 * row per slot and T0 (unique key), and a slot is closed only while it is still open in
 * the run that began at that T0.
 */
@Service
@EnableConfigurationProperties(ClosureSettings.class)
public class ClosureService {

	private static final Logger log = LoggerFactory.getLogger(ClosureService.class);

	/**
	 * Week 24: a hearing for every open slot whose T0 is at least the hearing weeks ago
	 * and that has none for this T0; read through {@code ix_slot_open_opened_at}.
	 */
	static final String HEARING_SQL = """
			with asked as (
			    insert into slot_hearing (slot_id, slot_opened_at, asked_at)
			    select s.id, s.opened_at, :now
			    from slot s
			    where s.phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT')
			      and s.opened_at <= :hearingCutoff
			      and not exists (select 1 from slot_hearing h
			                      where h.slot_id = s.id and h.slot_opened_at = s.opened_at)
			    on conflict on constraint uk_slot_hearing_slot_t0 do nothing
			    returning id, slot_id, slot_opened_at
			)
			select a.id, a.slot_id, a.slot_opened_at, s.department_id, s.unit_id, s.title
			from asked a join slot s on s.id = a.slot_id
			order by a.id
			""";

	/**
	 * Week 26: open slots whose T0 is at least the closure weeks ago, whose employer was
	 * asked at least the answer weeks ago, and with no extension covering today.
	 */
	static final String CLOSURE_SQL = """
			select s.id, s.opened_at, s.department_id, s.unit_id, s.title
			from slot s
			join slot_hearing h on h.slot_id = s.id and h.slot_opened_at = s.opened_at
			where s.phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT')
			  and s.opened_at <= :closureCutoff
			  and h.asked_at <= :answeredCutoff
			  and (h.extension_until is null or h.extension_until < :today)
			order by s.id
			""";

	private final JdbcClient jdbc;

	private final SlotService slots;

	private final Recipients recipients;

	private final ApplicationEventPublisher events;

	private final ClosureSettings settings;

	private final TransactionTemplate transactions;

	ClosureService(JdbcClient jdbc, SlotService slots, Recipients recipients, ApplicationEventPublisher events,
			ClosureSettings settings, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.slots = slots;
		this.recipients = recipients;
		this.events = events;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Asks the employers of the slots that reached the hearing week and closes the slots
	 * that reached the closure week unextended. The hearings are one statement in one
	 * transaction; each closure is its own transaction (through the slot's own rules and
	 * history), so a slot changed by a user at the same moment is simply retried on the
	 * next run.
	 * @param now the clock's now
	 * @return what was done
	 */
	public ClosureRun run(Instant now) {
		List<HearingRequested> hearings = this.transactions.execute((status) -> askHearings(now));
		List<SlotClosed> closed = closeUnused(now);
		log.info("Closure job at {}: {} hearings, {} slots closed", now, hearings.size(), closed.size());
		return new ClosureRun(hearings, closed);
	}

	private List<HearingRequested> askHearings(Instant now) {
		List<Candidate> asked = this.jdbc.sql(HEARING_SQL)
			.param("now", Timestamp.from(now))
			.param("hearingCutoff", Timestamp.from(weeksBefore(now, this.settings.hearingWeeks())))
			.query((rs, n) -> new Candidate(rs.getLong("id"), rs.getLong("slot_id"),
					rs.getTimestamp("slot_opened_at").toInstant(), rs.getLong("department_id"), rs.getLong("unit_id"),
					rs.getString("title")))
			.list();
		Recipients.Lookup people = this.recipients.of(asked.stream().map(Candidate::departmentId).distinct().toList());
		List<HearingRequested> requested = asked.stream()
			.map((c) -> new HearingRequested(c.id(), c.slotId(), c.title(), c.departmentId(),
					closesAt(c.openedAt(), now), people.employers(c.departmentId(), c.unitId())))
			.toList();
		requested.forEach(this.events::publishEvent);
		return requested;
	}

	private List<SlotClosed> closeUnused(Instant now) {
		List<Candidate> due = this.jdbc.sql(CLOSURE_SQL)
			.param("closureCutoff", Timestamp.from(weeksBefore(now, this.settings.closureWeeks())))
			.param("answeredCutoff", Timestamp.from(weeksBefore(now, this.settings.answerWeeks())))
			.param("today", LocalDate.ofInstant(now, ClockConfiguration.ZONE))
			.query((rs, n) -> new Candidate(0, rs.getLong("id"), rs.getTimestamp("opened_at").toInstant(),
					rs.getLong("department_id"), rs.getLong("unit_id"), rs.getString("title")))
			.list();
		Recipients.Lookup people = this.recipients.of(due.stream().map(Candidate::departmentId).distinct().toList());
		String reason = "Ikke besat " + this.settings.closureWeeks() + " uger efter T0; arbejdsgiveren er hørt";
		List<SlotClosed> closed = new ArrayList<>();
		for (Candidate c : due) {
			try {
				SlotClosed event = this.transactions.execute((status) -> {
					if (!this.slots.closeUnused(c.slotId(), c.openedAt(), reason, now)) {
						return null;
					}
					SlotClosed done = new SlotClosed(c.slotId(), c.title(), c.departmentId(), now,
							people.employers(c.departmentId(), c.unitId()), people.consultant(c.departmentId()));
					this.events.publishEvent(done);
					return done;
				});
				if (event != null) {
					closed.add(event);
				}
			}
			catch (OptimisticLockingFailureException ex) {
				log.info("Slot {} changed while the closure job ran; it is looked at again next run", c.slotId());
			}
		}
		return closed;
	}

	/**
	 * When a slot of this T0 closes without an extension, for a hearing asked now.
	 * @param openedAt T0
	 * @param askedAt when the employer is asked
	 * @return T0 plus the closure weeks, or the answer weeks after the hearing if later
	 */
	Instant closesAt(Instant openedAt, Instant askedAt) {
		Instant byT0 = weeksAfter(openedAt, this.settings.closureWeeks());
		Instant byHearing = weeksAfter(askedAt, this.settings.answerWeeks());
		return byT0.isAfter(byHearing) ? byT0 : byHearing;
	}

	private static Instant weeksBefore(Instant now, int weeks) {
		return ZonedDateTime.ofInstant(now, ClockConfiguration.ZONE).minusWeeks(weeks).toInstant();
	}

	private static Instant weeksAfter(Instant from, int weeks) {
		return ZonedDateTime.ofInstant(from, ClockConfiguration.ZONE).plusWeeks(weeks).toInstant();
	}

	/**
	 * What one run did.
	 *
	 * @param hearings the hearings asked
	 * @param closed the slots closed
	 */
	public record ClosureRun(List<HearingRequested> hearings, List<SlotClosed> closed) {

	}

	private record Candidate(long id, long slotId, Instant openedAt, long departmentId, long unitId, String title) {
	}

}
