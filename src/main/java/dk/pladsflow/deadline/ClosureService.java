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
 * 26 weeks after T0 is closed; the employer is heard first". Unused means phase 1 or 2,
 * or VACANT (26 weeks from the day it became vacant); phase 3 is never heard or closed.
 * It reads the slot module's view {@code slot_unused}, never the slot table. Idempotent:
 * a hearing is one row per slot, period and the moment the slot became unused (unique
 * key), and a slot is closed only while it is still unused in the period the closure was
 * decided for.
 */
@Service
@EnableConfigurationProperties(ClosureSettings.class)
public class ClosureService {

	private static final Logger log = LoggerFactory.getLogger(ClosureService.class);

	/**
	 * Week 24: a hearing for every unused slot (phase 1 or 2, or VACANT: the slot
	 * module's view {@code slot_unused}) whose 26 weeks began at least the hearing weeks
	 * ago and that has none since it last became unused. Phase 3 is never heard; an
	 * agreement that falls through later gives the slot a new {@code unused_since}, so it
	 * is heard at once. Read through {@code ix_slot_open_opened_at} and
	 * {@code ix_slot_vacant_since}.
	 */
	static final String HEARING_SQL = """
			with asked as (
			    insert into slot_hearing (slot_id, slot_opened_at, unused_since, asked_at)
			    select u.slot_id, u.period_start, u.unused_since, :now
			    from slot_unused u
			    where u.period_start <= :hearingCutoff
			      and not exists (select 1 from slot_hearing h
			                      where h.slot_id = u.slot_id and h.slot_opened_at = u.period_start
			                        and h.unused_since = u.unused_since)
			    on conflict on constraint uk_slot_hearing_slot_period do nothing
			    returning id, slot_id, slot_opened_at, unused_since
			)
			select a.id, a.slot_id, a.slot_opened_at, u.department_id, u.unit_id, u.title, u.phase
			from asked a join slot_unused u on u.slot_id = a.slot_id
			order by a.id
			""";

	/**
	 * Week 26: unused slots whose 26 weeks have run, whose employer was asked at least
	 * the answer weeks ago since the slot last became unused, whose request to keep (if
	 * any) was decided or has waited the decision days, and with no extension of this
	 * period covering today.
	 */
	static final String CLOSURE_SQL = """
			select u.slot_id, u.period_start, u.department_id, u.unit_id, u.title, u.phase,
			       (h.keep_requested and h.decision is null) as undecided
			from slot_unused u
			join slot_hearing h on h.slot_id = u.slot_id and h.slot_opened_at = u.period_start
			                   and h.unused_since = u.unused_since
			where u.period_start <= :closureCutoff
			  and h.asked_at <= :answeredCutoff
			  and (not h.keep_requested or h.decision is not null or h.answered_at <= :decisionCutoff)
			  and not exists (select 1 from slot_hearing e
			                  where e.slot_id = u.slot_id and e.slot_opened_at = u.period_start
			                    and e.extension_until >= :today)
			order by u.slot_id
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
					rs.getString("title"), rs.getString("phase"), false))
			.list();
		this.slots.addToHistoryOfAll(asked.stream().map(Candidate::slotId).toList(), "HEARING_ASKED", null, now);
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
			.param("decisionCutoff", Timestamp.from(daysBefore(now, this.settings.decisionDays())))
			.param("today", LocalDate.ofInstant(now, ClockConfiguration.ZONE))
			.query((rs, n) -> new Candidate(0, rs.getLong("slot_id"), rs.getTimestamp("period_start").toInstant(),
					rs.getLong("department_id"), rs.getLong("unit_id"), rs.getString("title"), rs.getString("phase"),
					rs.getBoolean("undecided")))
			.list();
		Recipients.Lookup people = this.recipients.of(due.stream().map(Candidate::departmentId).distinct().toList());
		List<SlotClosed> closed = new ArrayList<>();
		for (Candidate c : due) {
			String reason = reason(c);
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
	 * The history's text for a closure by the job.
	 */
	private String reason(Candidate c) {
		String unused = "VACANT".equals(c.phase())
				? "Ledig i " + this.settings.closureWeeks() + " uger, efter at forløbet sluttede"
				: "Ikke besat " + this.settings.closureWeeks() + " uger efter T0";
		return c.undecided() ? unused + "; arbejdsgiverens anmodning om at beholde pladsen blev ikke afgjort inden for "
				+ this.settings.decisionDays() + " dage" : unused + "; arbejdsgiveren er hørt";
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

	/**
	 * When an undecided request to keep the slot stops holding the closure.
	 * @param requestedAt when the employer asked to keep it
	 * @return the request plus the decision days
	 */
	Instant decideBy(Instant requestedAt) {
		return ZonedDateTime.ofInstant(requestedAt, ClockConfiguration.ZONE)
			.plusDays(this.settings.decisionDays())
			.toInstant();
	}

	private static Instant daysBefore(Instant now, int days) {
		return ZonedDateTime.ofInstant(now, ClockConfiguration.ZONE).minusDays(days).toInstant();
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

	private record Candidate(long id, long slotId, Instant openedAt, long departmentId, long unitId, String title,
			String phase, boolean undecided) {
	}

}
