package dk.pladsflow.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.web.Dates;
import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.slot.SlotAccess;
import dk.pladsflow.slot.SlotPhase;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.UserService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slot page's side of deadlines and phase 4: the slot's missed deadlines, and its
 * hearing, which the employer answers and an administrator or a manager of the department
 * extends. Access is checked here: who may see the slot comes from the slot module
 * (404/403), who may act is decided below.
 */
@Service
@Transactional(readOnly = true)
public class HearingService {

	/** The longest answer or extension reason (their columns). */
	public static final int MAX_TEXT = 2000;

	private final JdbcClient jdbc;

	private final SlotService slots;

	private final UserService users;

	private final ClosureService closure;

	private final Clock clock;

	HearingService(JdbcClient jdbc, SlotService slots, UserService users, ClosureService closure, Clock clock) {
		this.jdbc = jdbc;
		this.slots = slots;
		this.users = users;
		this.closure = closure;
		this.clock = clock;
	}

	/**
	 * The deadline section of a slot's page.
	 * @param user the user
	 * @param slotId the slot
	 * @return the section
	 */
	public DeadlineSection section(CurrentUser user, long slotId) {
		SlotAccess slot = this.slots.access(user, slotId);
		List<DeadlineSection.Breach> breaches = this.jdbc.sql("""
				select phase, round_no, deadline, detected_at from deadline_breach
				where slot_id = :slot order by deadline, id
				""")
			.param("slot", slotId)
			.query((rs, n) -> new DeadlineSection.Breach(SlotPhase.valueOf(rs.getString("phase")).number(),
					rs.getInt("round_no"), rs.getTimestamp("deadline").toInstant(),
					rs.getTimestamp("detected_at").toInstant()))
			.list();
		DeadlineSection.Hearing hearing = current(slot).map((h) -> {
			String extendedBy = (h.extendedBy() != null)
					? this.users.displayNames(List.of(h.extendedBy())).get(h.extendedBy()) : null;
			return new DeadlineSection.Hearing(h.id(), h.askedAt(), this.closure.closesAt(slot.openedAt(), h.askedAt()),
					h.answer(), h.keepRequested(), h.answeredAt(), h.extensionUntil(), h.extensionReason(), extendedBy,
					h.version());
		}).orElse(null);
		boolean open = slot.phase().isOpen();
		return new DeadlineSection(slotId, breaches, hearing, hearing != null && open && slot.employer(),
				hearing != null && open && mayExtend(user, slot));
	}

	/**
	 * The employer answers the hearing: a comment, and whether they ask to keep the slot.
	 * @param user the slot's employer
	 * @param slotId the slot
	 * @param version the hearing's version the answer was made from
	 * @param answer the comment
	 * @param keepRequested whether they ask to keep the slot
	 */
	@Transactional
	public void answer(CurrentUser user, long slotId, long version, String answer, boolean keepRequested) {
		SlotAccess slot = this.slots.access(user, slotId);
		if (!slot.employer()) {
			throw new ForbiddenException("not the slot's employer");
		}
		Row hearing = openHearing(slot);
		String text = (answer != null) ? answer.trim() : "";
		if (text.isEmpty() && !keepRequested) {
			throw new FieldRejectedException("answer", "hearing.answer.required");
		}
		update(user, hearing, version, """
				update slot_hearing set answer = :answer, keep_requested = :keep, answered_at = :now,
				    answered_by = :user, version = version + 1
				where id = :id and version = :version
				""", Map.of("answer", text, "keep", keepRequested));
		this.slots.addToHistory(slotId, user, keepRequested ? "HEARING_KEEP_REQUESTED" : "HEARING_ANSWERED",
				text.isEmpty() ? null : text);
	}

	/**
	 * An administrator, or a manager of the slot's department (or a central manager),
	 * extends the slot beyond week 26: it stays open until the end of the given day. The
	 * reason is kept, with the end date, in the slot's history.
	 * @param user the administrator or manager
	 * @param slotId the slot
	 * @param version the hearing's version the decision was made from
	 * @param until the extension's last day (after today)
	 * @param reason why
	 */
	@Transactional
	public void extend(CurrentUser user, long slotId, long version, LocalDate until, String reason) {
		SlotAccess slot = this.slots.access(user, slotId);
		if (!mayExtend(user, slot)) {
			throw new ForbiddenException("only administrators and the department's managers extend");
		}
		Row hearing = openHearing(slot);
		if (until == null || !until.isAfter(LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE)))) {
			throw new FieldRejectedException("until", "hearing.extension.untilFuture");
		}
		if (reason == null || reason.isBlank()) {
			throw new FieldRejectedException("reason", "hearing.extension.reasonRequired");
		}
		update(user, hearing, version, """
				update slot_hearing set extension_until = :until, extension_reason = :reason,
				    extended_by = :user, extended_at = :now, version = version + 1
				where id = :id and version = :version
				""", Map.of("until", until, "reason", reason.trim()));
		this.slots.addToHistory(slotId, user, "EXTENSION_GRANTED", Dates.DATE.format(until) + ": " + reason.trim());
	}

	private void update(CurrentUser user, Row hearing, long version, String sql, Map<String, Object> values) {
		int changed = this.jdbc.sql(sql)
			.params(values)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("user", user.id())
			.param("id", hearing.id())
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new ConcurrentChangeException("Hearing", hearing.id());
		}
	}

	private static boolean mayExtend(CurrentUser user, SlotAccess slot) {
		return user.may().extendHearings() && user.canSeeDepartment(slot.departmentId());
	}

	private Row openHearing(SlotAccess slot) {
		if (!slot.phase().isOpen()) {
			throw new FieldRejectedException("hearing", "hearing.slotNotOpen");
		}
		return current(slot).orElseThrow(() -> new FieldRejectedException("hearing", "hearing.none"));
	}

	private Optional<Row> current(SlotAccess slot) {
		return this.jdbc.sql("""
				select id, asked_at, answer, keep_requested, answered_at, extension_until, extension_reason,
				       extended_by, version
				from slot_hearing where slot_id = :slot and slot_opened_at = :t0
				""")
			.param("slot", slot.slotId())
			.param("t0", Timestamp.from(slot.openedAt()))
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getTimestamp("asked_at").toInstant(), rs.getString("answer"),
					rs.getBoolean("keep_requested"),
					(rs.getTimestamp("answered_at") != null) ? rs.getTimestamp("answered_at").toInstant() : null,
					rs.getObject("extension_until", LocalDate.class), rs.getString("extension_reason"),
					(Long) rs.getObject("extended_by", Long.class), rs.getLong("version")))
			.optional();
	}

	private record Row(long id, Instant askedAt, String answer, boolean keepRequested, Instant answeredAt,
			LocalDate extensionUntil, String extensionReason, Long extendedBy, long version) {
	}

}
