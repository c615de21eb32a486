package dk.pladsflow.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.slot.SlotFilter;
import dk.pladsflow.slot.SlotRow;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.UserService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The half-yearly follow-up: in January and July each active department gets one review
 * of all its slots with the consultant, tracked until a consultant completes it.
 * Consultants and administrators see all reviews, managers their department's (central
 * managers all); employers none.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

	/** The longest completion note (its column). */
	public static final int MAX_NOTE = 4000;

	private static final String SELECT = """
			select id, department_id, year, half, opened_at, completed_at, completed_by, note, version
			from follow_up_review
			""";

	private final JdbcClient jdbc;

	private final OrganisationService organisation;

	private final UserService users;

	private final SlotService slots;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FollowUpService(JdbcClient jdbc, OrganisationService organisation, UserService users, SlotService slots,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.users = users;
		this.slots = slots;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the half-year's reviews: in January (first half) and July (second half), one
	 * per active department that has none for the half-year yet; in other months nothing.
	 * Idempotent (unique per department and half-year): reruns open nothing more.
	 * @param now the clock's now
	 * @return the reviews opened now, as published
	 */
	@Transactional
	public List<FollowUpOpened> open(Instant now) {
		ZonedDateTime local = ZonedDateTime.ofInstant(now, ClockConfiguration.ZONE);
		if (local.getMonth() != Month.JANUARY && local.getMonth() != Month.JULY) {
			return List.of();
		}
		int half = (local.getMonth() == Month.JANUARY) ? 1 : 2;
		Map<Long, DepartmentSummary> departments = this.organisation.activeDepartments()
			.stream()
			.collect(Collectors.toMap(DepartmentSummary::id, Function.identity()));
		if (departments.isEmpty()) {
			return List.of();
		}
		List<FollowUpOpened> opened = this.jdbc.sql("""
				insert into follow_up_review (department_id, year, half, opened_at)
				select d.id, :year, :half, :now from department d where d.id in (:departments)
				on conflict on constraint uk_follow_up_review_department_half do nothing
				returning id, department_id
				""")
			.param("year", local.getYear())
			.param("half", half)
			.param("now", Timestamp.from(now))
			.param("departments", departments.keySet())
			.query((rs, n) -> {
				Long consultant = departments.get(rs.getLong("department_id")).contactConsultantId();
				return new FollowUpOpened(rs.getLong("id"), rs.getLong("department_id"), local.getYear(), half,
						(consultant != null) ? Set.of(consultant) : Set.of());
			})
			.list();
		opened.forEach(this.events::publishEvent);
		return opened;
	}

	/**
	 * The reviews the user may see, open ones first, newest half-year first.
	 * @param user the user
	 * @return the reviews
	 */
	public List<FollowUpReview> list(CurrentUser user) {
		Long department = scope(user);
		return reviews(this.jdbc.sql(SELECT + """
				where (cast(:department as bigint) is null or department_id = :department)
				order by (completed_at is null) desc, year desc, half desc, department_id
				""").param("department", department));
	}

	/**
	 * One review.
	 * @param user the user
	 * @param id the review
	 * @return the review
	 */
	public FollowUpReview review(CurrentUser user, long id) {
		Long department = scope(user);
		FollowUpReview review = find(id);
		if (department != null && department != review.departmentId()) {
			throw new ForbiddenException("follow-up of another department");
		}
		return review;
	}

	/**
	 * The slots the review goes through: all of the department's slots, by deadline.
	 * @param user the user
	 * @param id the review
	 * @param pageable the page
	 * @return a page of slots
	 */
	public Page<SlotRow> slots(CurrentUser user, long id, Pageable pageable) {
		FollowUpReview review = review(user, id);
		return this.slots.list(user, new SlotFilter(review.departmentId(), Set.of(), Set.of(), false), pageable);
	}

	/**
	 * A consultant completes the review, with a note of what was agreed.
	 * @param user the consultant
	 * @param id the review
	 * @param version the version the page showed
	 * @param note what was agreed (optional)
	 */
	@Transactional
	public void complete(CurrentUser user, long id, long version, String note) {
		if (!user.may().completeFollowUps()) {
			throw new ForbiddenException("consultants complete follow-ups");
		}
		FollowUpReview review = find(id);
		int changed = this.jdbc.sql("""
				update follow_up_review set completed_at = :now, completed_by = :user, note = :note,
				    version = version + 1
				where id = :id and version = :version and completed_at is null
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("user", user.id())
			.param("note", (note == null || note.isBlank()) ? null : note.trim())
			.param("id", review.id())
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new ConcurrentChangeException("FollowUpReview", id);
		}
	}

	/**
	 * Whether the user may see follow-ups at all (for the menu).
	 * @param user the user
	 * @return true for consultants, administrators and managers
	 */
	public static boolean maySee(CurrentUser user) {
		return user.may().followUps();
	}

	/**
	 * The department the user is limited to, or null for all.
	 */
	private static Long scope(CurrentUser user) {
		if (!user.may().followUps()) {
			throw new ForbiddenException("follow-ups are for consultants, administrators and managers");
		}
		return user.seesEveryDepartment() ? null : user.departmentId();
	}

	private FollowUpReview find(long id) {
		return reviews(this.jdbc.sql(SELECT + " where id = :id").param("id", id)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("FollowUpReview", id));
	}

	/**
	 * Reads the rows, then the department labels and the completers' names once each.
	 */
	private List<FollowUpReview> reviews(JdbcClient.StatementSpec query) {
		List<Row> rows = query.query((rs, n) -> {
			Timestamp completedAt = rs.getTimestamp("completed_at");
			return new Row(rs.getLong("id"), rs.getLong("department_id"), rs.getInt("year"), rs.getInt("half"),
					rs.getTimestamp("opened_at").toInstant(), (completedAt != null) ? completedAt.toInstant() : null,
					(Long) rs.getObject("completed_by", Long.class), rs.getString("note"), rs.getLong("version"));
		}).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, String> labels = this.organisation.allDepartments()
			.stream()
			.collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::label));
		Map<Long, String> names = this.users
			.displayNames(rows.stream().map(Row::completedBy).filter(Objects::nonNull).distinct().toList());
		return rows.stream()
			.map((r) -> new FollowUpReview(r.id(), r.departmentId(), labels.get(r.departmentId()), r.year(), r.half(),
					r.openedAt(), r.completedAt(), (r.completedBy() != null) ? names.get(r.completedBy()) : null,
					r.note(), r.version()))
			.toList();
	}

	private record Row(long id, long departmentId, int year, int half, Instant openedAt, Instant completedAt,
			Long completedBy, String note, long version) {
	}

}
