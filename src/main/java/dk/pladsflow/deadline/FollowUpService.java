package dk.pladsflow.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.slot.SlotAge;
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
 * The half-yearly follow-up: each active department gets one review per half-year of all
 * its slots with the consultant (caught up for every half-year that lacks one, from the
 * department's first slot), due at the end of the half-year's first month and tracked
 * until a consultant completes it. Consultants and administrators see all reviews,
 * managers and employers their department's (central managers all); the department's
 * employers and managers comment, the consultant proposes and completes.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

	/** The longest completion note (its column). */
	public static final int MAX_NOTE = 4000;

	private static final String SELECT = """
			select id, department_id, year, half, opened_at, completed_at, completed_by, note, version, due_on,
			       proposal
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
	 * Opens every review that is missing: for each active department, one per half-year
	 * from the half-year of the department's first slot up to the current one (Copenhagen
	 * time). So a run in February makes up for a January in which the job did not run,
	 * and a department without slots has nothing to review yet. Idempotent (unique per
	 * department and half-year): reruns open nothing more. Each review is due at the end
	 * of its half-year's first month (31 January, 31 July).
	 * @param now the clock's now
	 * @return the reviews opened now, as published
	 */
	@Transactional
	public List<FollowUpOpened> open(Instant now) {
		HalfYear current = HalfYear.of(now);
		Map<Long, DepartmentSummary> departments = this.organisation.activeDepartments()
			.stream()
			.collect(Collectors.toMap(DepartmentSummary::id, Function.identity()));
		Map<Long, Instant> firstSlots = this.slots.firstSlotByDepartment();
		List<Long> ids = new java.util.ArrayList<>();
		List<Integer> years = new java.util.ArrayList<>();
		List<Integer> halves = new java.util.ArrayList<>();
		List<java.sql.Date> dues = new java.util.ArrayList<>();
		departments.keySet().stream().sorted().forEach((department) -> {
			Instant first = firstSlots.get(department);
			if (first == null) {
				return;
			}
			for (HalfYear h = HalfYear.of(first); !h.isAfter(current); h = h.next()) {
				ids.add(department);
				years.add(h.year());
				halves.add(h.half());
				dues.add(java.sql.Date.valueOf(h.dueOn()));
			}
		});
		if (ids.isEmpty()) {
			return List.of();
		}
		List<FollowUpOpened> opened = this.jdbc.sql("""
				insert into follow_up_review (department_id, year, half, opened_at, due_on)
				select r.department_id, r.year, r.half, ?, r.due_on
				from unnest(cast(? as bigint[]), cast(? as integer[]), cast(? as integer[]), cast(? as date[]))
				     as r(department_id, year, half, due_on)
				on conflict on constraint uk_follow_up_review_department_half do nothing
				returning id, department_id, year, half
				""")
			.params(Timestamp.from(now), ids.toArray(Long[]::new), years.toArray(Integer[]::new),
					halves.toArray(Integer[]::new), dues.toArray(java.sql.Date[]::new))
			.query((rs, n) -> {
				Long consultant = departments.get(rs.getLong("department_id")).contactConsultantId();
				return new FollowUpOpened(rs.getLong("id"), rs.getLong("department_id"), rs.getInt("year"),
						rs.getInt("half"), (consultant != null) ? Set.of(consultant) : Set.of());
			})
			.list();
		opened.forEach(this.events::publishEvent);
		return opened;
	}

	/**
	 * A half-year in Copenhagen time.
	 */
	record HalfYear(int year, int half) {

		static HalfYear of(Instant moment) {
			ZonedDateTime local = ZonedDateTime.ofInstant(moment, ClockConfiguration.ZONE);
			return new HalfYear(local.getYear(), (local.getMonthValue() <= 6) ? 1 : 2);
		}

		HalfYear next() {
			return (this.half == 1) ? new HalfYear(this.year, 2) : new HalfYear(this.year + 1, 1);
		}

		boolean isAfter(HalfYear other) {
			return this.year > other.year || (this.year == other.year && this.half > other.half);
		}

		/** The last day of the half-year's first month. */
		java.time.LocalDate dueOn() {
			return java.time.YearMonth.of(this.year, (this.half == 1) ? 1 : 7).atEndOfMonth();
		}

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
		requireVisible(department, review.departmentId());
		return review;
	}

	/**
	 * The review's department, if the user may see the review: its one column, for the
	 * parts of the review's page that need no more (the page reads the review itself
	 * once).
	 */
	private long visibleDepartment(CurrentUser user, long id) {
		Long department = scope(user);
		long reviewDepartment = this.jdbc.sql("select department_id from follow_up_review where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("FollowUpReview", id));
		requireVisible(department, reviewDepartment);
		return reviewDepartment;
	}

	private static void requireVisible(Long scope, long reviewDepartment) {
		if (scope != null && scope != reviewDepartment) {
			throw new ForbiddenException("follow-up of another department");
		}
	}

	/**
	 * The slots the review goes through: the department's slots that are not closed, with
	 * their ages, the unused ones first.
	 * @param user the user
	 * @param id the review
	 * @param pageable the page
	 * @return a page of slots
	 */
	public Page<SlotAge> slots(CurrentUser user, long id, Pageable pageable) {
		return this.slots.ages(user, visibleDepartment(user, id), pageable);
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
		ForbiddenException.unless(user.may().completeFollowUps(), "consultants complete follow-ups");
		changeOpen(id, version, "completed_at = :now, completed_by = :user, note = :note",
				(sql) -> sql.param("now", Timestamp.from(this.clock.instant()))
					.param("user", user.id())
					.param("note", trimmedOrNull(note)));
	}

	/**
	 * The department the user is limited to, or null for all: consultants, administrators
	 * and central managers see every review; a department's managers and employers that
	 * department's.
	 */
	private static Long scope(CurrentUser user) {
		ForbiddenException.unless(user.may().followUps(),
				"follow-ups are for consultants, administrators and managers");
		return user.seesEveryDepartment() ? null : user.departmentId();
	}

	/**
	 * Whether the user may comment on the review: the department's employers and managers
	 * (central managers too), while it is open.
	 * @param user the user
	 * @param review the review
	 * @return true if so
	 */
	public static boolean mayComment(CurrentUser user, FollowUpReview review) {
		return review.open() && user.may().commentFollowUps() && user.canSeeDepartment(review.departmentId());
	}

	/**
	 * The department's employer or manager adds a comment to an open review.
	 * @param user the employer or manager
	 * @param id the review
	 * @param text the comment (required, at most 2000 characters)
	 */
	@Transactional
	public void comment(CurrentUser user, long id, String text) {
		FollowUpReview review = review(user, id);
		if (!mayComment(user, review)) {
			throw new ForbiddenException("only the department's employers and managers comment an open review");
		}
		String comment = (text != null) ? text.trim() : "";
		if (comment.isEmpty() || comment.length() > 2000) {
			throw new dk.pladsflow.shared.web.FieldRejectedException("comment", "followUp.comment.required");
		}
		this.jdbc
			.sql("insert into follow_up_comment (review_id, author_id, at, text) values (:review, :user, :now, :text)")
			.param("review", id)
			.param("user", user.id())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("text", comment)
			.update();
	}

	/**
	 * The comments on a review, oldest first.
	 * @param user the user
	 * @param id the review
	 * @return the comments
	 */
	public List<FollowUpReview.Comment> comments(CurrentUser user, long id) {
		visibleDepartment(user, id);
		List<Object[]> rows = this.jdbc
			.sql("select author_id, at, text from follow_up_comment where review_id = :review order by at, id")
			.param("review", id)
			.query((rs,
					n) -> new Object[] { rs.getLong("author_id"), rs.getTimestamp("at").toInstant(),
							rs.getString("text") })
			.list();
		Map<Long, String> names = this.users.displayNames(rows.stream().map((r) -> (Long) r[0]).distinct().toList());
		return rows.stream()
			.map((r) -> new FollowUpReview.Comment(names.get((Long) r[0]), (Instant) r[1], (String) r[2]))
			.toList();
	}

	/**
	 * The consultant saves what they propose for the department's slots (before or while
	 * the review is held).
	 * @param user the consultant
	 * @param id the review
	 * @param version the version the page showed
	 * @param proposal the proposal
	 */
	@Transactional
	public void propose(CurrentUser user, long id, long version, String proposal) {
		ForbiddenException.unless(user.may().completeFollowUps(), "consultants propose");
		changeOpen(id, version, "proposal = :proposal", (sql) -> sql.param("proposal", trimmedOrNull(proposal)));
	}

	/**
	 * Changes an open review (a missing one is a 404) from the version the page showed; a
	 * later version, or a review completed meanwhile, is a concurrent change.
	 * @param assignments the columns set, with named parameters
	 * @param values binds those parameters
	 */
	private void changeOpen(long id, long version, String assignments, UnaryOperator<JdbcClient.StatementSpec> values) {
		FollowUpReview review = find(id);
		int changed = values.apply(this.jdbc.sql("update follow_up_review set " + assignments + """
				, version = version + 1
				where id = :id and version = :version and completed_at is null
				""")).param("id", review.id()).param("version", version).update();
		if (changed == 0) {
			throw new ConcurrentChangeException("FollowUpReview", id);
		}
	}

	private static String trimmedOrNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/**
	 * The open reviews whose due date has passed, for the consultant's worklist.
	 * @param user a consultant
	 * @return the overdue reviews, the oldest due first
	 */
	public List<FollowUpReview> overdue(CurrentUser user) {
		if (!user.may().completeFollowUps()) {
			return List.of();
		}
		return reviews(this.jdbc.sql(SELECT + """
				where completed_at is null and due_on < :today
				order by due_on, department_id
				""").param("today", java.time.LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE))));
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
					(Long) rs.getObject("completed_by", Long.class), rs.getString("note"), rs.getLong("version"),
					rs.getObject("due_on", java.time.LocalDate.class), rs.getString("proposal"));
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
					r.note(), r.version(), r.dueOn(), r.proposal()))
			.toList();
	}

	private record Row(long id, long departmentId, int year, int half, Instant openedAt, Instant completedAt,
			Long completedBy, String note, long version, java.time.LocalDate dueOn, String proposal) {
	}

}
