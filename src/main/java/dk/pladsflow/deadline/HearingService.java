package dk.pladsflow.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.Dates;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.slot.SlotAccess;
import dk.pladsflow.slot.SlotPhase;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slot page's side of deadlines and phase 4: the slot's missed deadlines, and the
 * hearing of its current period, which counts. The employer answers "close it" (the slot
 * closes at once) or "keep it, because …" (a reason is required); a request to keep
 * notifies those who may decide — administrators and the managers who see the department
 * — and holds the closure until they decide, at most
 * {@code pladsflow.closure.decision-days}. Granting sets an extension with an end date;
 * refusing closes the slot. Every step goes into the slot's history with who and why.
 * Access: who may see the slot comes from the slot module (404/403), who may act is
 * decided here.
 */
@Service
@Transactional(readOnly = true)
public class HearingService {

	/** The longest answer or extension reason (their columns). */
	public static final int MAX_TEXT = 2000;

	private static final String SELECT = """
			select id, asked_at, answer, keep_requested, answered_at, extension_until, extension_reason,
			       extended_by, decision, decided_at, decided_by, decision_reason, version
			from slot_hearing
			""";

	private final JdbcClient jdbc;

	private final SlotService slots;

	private final UserService users;

	private final OrganisationService organisation;

	private final ClosureService closure;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HearingService(JdbcClient jdbc, SlotService slots, UserService users, OrganisationService organisation,
			ClosureService closure, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.slots = slots;
		this.users = users;
		this.organisation = organisation;
		this.closure = closure;
		this.events = events;
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
		DeadlineSection.Hearing hearing = shown(slot).map((h) -> {
			Map<Long, String> names = this.users.displayNames(
					java.util.stream.Stream.of(h.extendedBy(), h.decidedBy()).filter(Objects::nonNull).toList());
			return new DeadlineSection.Hearing(h.id(), h.askedAt(),
					closesAt(slot.periodStart(), h.askedAt(), h.undecidedSince()), h.answer(), h.keepRequested(),
					h.answeredAt(), h.extensionUntil(), h.extensionReason(),
					(h.extendedBy() != null) ? names.get(h.extendedBy()) : null, h.version(), h.decision(),
					h.decisionReason(), (h.decidedBy() != null) ? names.get(h.decidedBy()) : null, h.decidedAt());
		}).orElse(null);
		// an unused slot's hearing is the current one (see shown)
		boolean current = hearing != null && slot.unused();
		boolean undecided = current && hearing.keepRequested() && hearing.decision() == null;
		boolean mayDecide = mayDecide(user, slot);
		return new DeadlineSection(slotId, breaches, hearing, current && slot.employer() && hearing.decision() == null,
				current && mayDecide, undecided && mayDecide);
	}

	/**
	 * When the slot closes if nothing more happens: the closure week, two weeks after the
	 * hearing if later, and while a request to keep waits, the end of the decision time.
	 * @param periodStart T0, or the day the slot became vacant
	 * @param askedAt when the hearing was asked
	 * @param undecidedSince when the undecided request to keep was made, or null
	 */
	private Instant closesAt(Instant periodStart, Instant askedAt, Instant undecidedSince) {
		Instant closes = this.closure.closesAt(periodStart, askedAt);
		if (undecidedSince != null) {
			Instant decideBy = this.closure.decideBy(undecidedSince);
			closes = decideBy.isAfter(closes) ? decideBy : closes;
		}
		return closes;
	}

	/**
	 * The employer answers the hearing: close the slot (it closes at once), or keep it,
	 * with the reason why (required). A request to keep can be answered again, with a new
	 * reason, until it is decided.
	 * @param user the slot's employer
	 * @param slotId the slot
	 * @param version the hearing's version the answer was made from
	 * @param keep true for "keep it", false for "close it"
	 * @param reason why (required to keep; a comment when closing)
	 */
	@Transactional
	public void answer(CurrentUser user, long slotId, long version, boolean keep, String reason) {
		SlotAccess slot = this.slots.access(user, slotId);
		if (!slot.employer()) {
			throw new ForbiddenException("not the slot's employer");
		}
		Row hearing = openHearing(slot);
		if (hearing.decision() != null) {
			throw new FieldRejectedException("hearing", "hearing.decided");
		}
		String text = (reason != null) ? reason.trim() : "";
		if (keep && text.isEmpty()) {
			throw new FieldRejectedException("reason", "hearing.keep.reasonRequired");
		}
		Instant now = this.clock.instant();
		update(user, hearing, version, """
				update slot_hearing set answer = :answer, keep_requested = :keep, answered_at = :now,
				    answered_by = :user, version = version + 1
				where id = :id and version = :version
				""", Map.of("answer", text, "keep", keep));
		if (!keep) {
			this.slots.addToHistory(slotId, user, "HEARING_CLOSE_ANSWERED", text.isEmpty() ? null : text);
			this.slots.closeUnused(slotId, slot.periodStart(), user,
					"Arbejdsgiveren svarede i høringen, at pladsen kan lukkes" + (text.isEmpty() ? "" : ": " + text),
					this.clock.instant());
			return;
		}
		this.slots.addToHistory(slotId, user, "HEARING_KEEP_REQUESTED", text);
		this.events.publishEvent(new KeepRequested(hearing.id(), slotId, slot.title(), slot.departmentId(),
				closesAt(slot.periodStart(), hearing.askedAt(), now), deciders(slot.departmentId())));
	}

	/**
	 * An administrator, or a manager of the slot's department (or a central manager),
	 * extends the slot beyond week 26 — granting a request to keep it, if there is one:
	 * it stays open until the end of the given day. The reason is kept, with the end
	 * date, in the slot's history. It can be granted again with a later date.
	 * @param user the administrator or manager
	 * @param slotId the slot
	 * @param version the hearing's version the decision was made from
	 * @param until the extension's last day (after today)
	 * @param reason why
	 */
	@Transactional
	public void extend(CurrentUser user, long slotId, long version, LocalDate until, String reason) {
		SlotAccess slot = this.slots.access(user, slotId);
		if (!mayDecide(user, slot)) {
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
				    extended_by = :user, extended_at = :now,
				    decision = case when keep_requested then 'GRANTED' else decision end,
				    decided_at = case when keep_requested then :now else decided_at end,
				    decided_by = case when keep_requested then :user else decided_by end,
				    decision_reason = case when keep_requested then :reason else decision_reason end,
				    version = version + 1
				where id = :id and version = :version
				""", Map.of("until", until, "reason", reason.trim()));
		this.slots.addToHistory(slotId, user, "EXTENSION_GRANTED", Dates.DATE.format(until) + ": " + reason.trim());
	}

	/**
	 * An administrator or a manager who sees the department refuses the employer's
	 * request to keep the slot: the slot closes at once, with the reason in its history.
	 * @param user the administrator or manager
	 * @param slotId the slot
	 * @param version the hearing's version the decision was made from
	 * @param reason why (required)
	 */
	@Transactional
	public void refuse(CurrentUser user, long slotId, long version, String reason) {
		SlotAccess slot = this.slots.access(user, slotId);
		if (!mayDecide(user, slot)) {
			throw new ForbiddenException("only administrators and the department's managers decide");
		}
		Row hearing = openHearing(slot);
		if (!hearing.keepRequested() || hearing.decision() != null) {
			throw new FieldRejectedException("hearing", "hearing.refuse.nothingToDecide");
		}
		if (reason == null || reason.isBlank()) {
			throw new FieldRejectedException("reason", "hearing.refuse.reasonRequired");
		}
		Instant now = this.clock.instant();
		update(user, hearing, version, """
				update slot_hearing set decision = 'REFUSED', decided_at = :now, decided_by = :user,
				    decision_reason = :reason, version = version + 1
				where id = :id and version = :version
				""", Map.of("reason", reason.trim()));
		this.slots.addToHistory(slotId, user, "KEEP_REFUSED", reason.trim());
		this.slots.closeUnused(slotId, slot.periodStart(), user,
				"Anmodningen om at beholde pladsen er afslået: " + reason.trim(), this.clock.instant());
	}

	/**
	 * The requests to keep a slot that wait for a decision, for the list "Høringer til
	 * afgørelse": administrators and central managers see all, a department manager their
	 * department's. Only slots still unused in the period the hearing belongs to.
	 * @param user an administrator or manager
	 * @return the requests, the longest waiting first
	 */
	public List<HearingToDecide> toDecide(CurrentUser user) {
		ForbiddenException.unless(user.may().extendHearings(), "hearings are decided by administrators and managers");
		Long department = user.seesEveryDepartment() ? null : user.departmentId();
		Map<Long, String> labels = this.organisation.allDepartments()
			.stream()
			.collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::label));
		return this.jdbc.sql("""
				select h.slot_id, u.title, u.department_id, h.answer, h.answered_at, h.asked_at, u.period_start
				from slot_hearing h
				join slot_unused u on u.slot_id = h.slot_id and u.period_start = h.slot_opened_at
				                  and u.unused_since = h.unused_since
				where h.keep_requested and h.decision is null
				  and (cast(:department as bigint) is null or u.department_id = :department)
				order by h.answered_at, h.id
				""").param("department", department).query((rs, n) -> {
			Instant answeredAt = rs.getTimestamp("answered_at").toInstant();
			return new HearingToDecide(rs.getLong("slot_id"), rs.getString("title"),
					labels.get(rs.getLong("department_id")), rs.getString("answer"), answeredAt,
					closesAt(rs.getTimestamp("period_start").toInstant(), rs.getTimestamp("asked_at").toInstant(),
							answeredAt));
		}).list();
	}

	/**
	 * Who may decide a request to keep a slot of the department: the active
	 * administrators, central managers and the department's managers.
	 */
	private Set<Long> deciders(long departmentId) {
		Set<Long> deciders = new TreeSet<>(this.users.activeIdsWithRole(Role.ADMIN));
		this.users.users(this.users.activeIdsWithRole(Role.MANAGER))
			.stream()
			.filter((m) -> m.departmentId() == null || m.departmentId() == departmentId)
			.map(UserSummary::id)
			.forEach(deciders::add);
		return deciders;
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

	private static boolean mayDecide(CurrentUser user, SlotAccess slot) {
		return user.may().extendHearings() && user.canSeeDepartment(slot.departmentId());
	}

	private Row openHearing(SlotAccess slot) {
		if (!slot.unused()) {
			throw new FieldRejectedException("hearing", "hearing.slotNotOpen");
		}
		return current(slot).orElseThrow(() -> new FieldRejectedException("hearing", "hearing.none"));
	}

	/** The hearing of the slot's current period since it last became unused. */
	private Optional<Row> current(SlotAccess slot) {
		return this.jdbc.sql(SELECT + " where slot_id = :slot and slot_opened_at = :period and unused_since = :since")
			.param("slot", slot.slotId())
			.param("period", Timestamp.from(slot.periodStart()))
			.param("since", Timestamp.from(slot.unusedSince()))
			.query(HearingService::row)
			.optional();
	}

	/**
	 * The hearing the page shows: the current one, or (for a slot in phase 3, filled or
	 * closed) the latest of its current period, to read.
	 */
	private Optional<Row> shown(SlotAccess slot) {
		if (slot.unused()) {
			return current(slot);
		}
		if (slot.phase() == SlotPhase.FILLED) {
			return Optional.empty();
		}
		return this.jdbc
			.sql(SELECT + " where slot_id = :slot and slot_opened_at = :period order by unused_since desc limit 1")
			.param("slot", slot.slotId())
			.param("period", Timestamp.from(slot.periodStart()))
			.query(HearingService::row)
			.optional();
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new Row(rs.getLong("id"), rs.getTimestamp("asked_at").toInstant(), rs.getString("answer"),
				rs.getBoolean("keep_requested"), (answeredAt != null) ? answeredAt.toInstant() : null,
				rs.getObject("extension_until", LocalDate.class), rs.getString("extension_reason"),
				(Long) rs.getObject("extended_by", Long.class), rs.getString("decision"),
				(decidedAt != null) ? decidedAt.toInstant() : null, (Long) rs.getObject("decided_by", Long.class),
				rs.getString("decision_reason"), rs.getLong("version"));
	}

	private record Row(long id, Instant askedAt, String answer, boolean keepRequested, Instant answeredAt,
			LocalDate extensionUntil, String extensionReason, Long extendedBy, String decision, Instant decidedAt,
			Long decidedBy, String decisionReason, long version) {

		/** When the request to keep that waits for a decision was made, or null. */
		Instant undecidedSince() {
			return (this.keepRequested && this.decision == null) ? this.answeredAt : null;
		}

	}

}
