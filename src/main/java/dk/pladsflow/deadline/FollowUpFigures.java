package dk.pladsflow.deadline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The half-yearly follow-ups as a quality measure (issue 12): the reviews due in a
 * period, and how many of them were completed by their due date, per department and for
 * the municipality, counted in the database.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpFigures {

	// A review is due at the end of its due date (Copenhagen): it counts once that day is
	// over; one completed on the due date or before is met.
	private static final String FIGURES = """
			select department_id, grouping(department_id) as level, count(*) as due,
			       count(*) filter (where (completed_at at time zone 'Europe/Copenhagen')::date <= due_on) as met
			from follow_up_review
			where due_on between :from and :to and due_on < :today
			group by rollup (department_id)
			""";

	private final JdbcClient jdbc;

	FollowUpFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The follow-ups due in a period.
	 * @param from the period's first day
	 * @param to its last day
	 * @param today today: a review due today or later does not count yet
	 * @return one row per department with reviews due, and the total (department null)
	 */
	public List<Row> figures(LocalDate from, LocalDate to, LocalDate today) {
		return this.jdbc.sql(FIGURES)
			.param("from", from)
			.param("to", to)
			.param("today", today)
			.query((rs, n) -> new Row((rs.getInt("level") == 1) ? null : rs.getLong("department_id"), rs.getLong("due"),
					rs.getLong("met")))
			.list();
	}

	/**
	 * The follow-ups of one department, or of the municipality.
	 *
	 * @param departmentId the department, or null for the total
	 * @param due reviews whose due date has passed in the period
	 * @param met of those, completed by their due date
	 */
	public record Row(Long departmentId, long due, long met) {
	}

}
