package dk.pladsflow.placement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aggregations the status reports are computed from, summed in the database: no
 * placement is loaded into memory. Both queries select the placements that overlap the
 * period through {@code ix_placement_overlap}.
 */
@Service
@Transactional(readOnly = true)
public class PlacementFigures {

	// Days are counted with both ends inclusive: least(end, periodEnd) - greatest(start,
	// periodStart) + 1. A running placement (no end) runs to the end of the period.
	private static final String OVERLAP = """
			select department_id, unit_id, grouping(unit_id) = 1 as department_total, scheme,
			  sum(least(coalesce(end_date, :periodEnd), :periodEnd) - greatest(start_date, :periodStart) + 1) as person_days,
			  sum(greatest(0, least(coalesce(end_date, :periodEnd), :periodEnd)
			                  - greatest(start_date, :lastMonthStart) + 1)) as last_month_person_days,
			  count(*) as placements,
			  count(distinct citizen_ref) filter (where coalesce(end_date, 'infinity') >= :lastMonthStart) as last_month_citizens
			from placement
			where coalesce(end_date, 'infinity') >= :periodStart and start_date <= :periodEnd
			group by grouping sets ((department_id, scheme), (department_id, unit_id, scheme))
			""";

	private static final String MONTHS = """
			with month as (
			  select m::date as first_day,
			         least((m + interval '1 month' - interval '1 day')::date, :periodEnd) as last_day
			  from generate_series(cast(:periodStart as date), cast(:periodEnd as date), interval '1 month') m
			)
			select p.department_id, m.first_day,
			  coalesce(sum(least(coalesce(p.end_date, m.last_day), m.last_day) - greatest(p.start_date, m.first_day) + 1)
			           filter (where p.scheme <> 'FLEX_JOB'), 0) as person_days,
			  count(distinct p.citizen_ref) filter (where p.scheme = 'FLEX_JOB') as flex_citizens
			from placement p
			join month m on p.start_date <= m.last_day and coalesce(p.end_date, 'infinity') >= m.first_day
			where coalesce(p.end_date, 'infinity') >= :periodStart and p.start_date <= :periodEnd
			group by p.department_id, m.first_day
			""";

	private final JdbcClient jdbc;

	PlacementFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Person-days, placements and citizens per department and scheme, and per department,
	 * unit and scheme, of the placements that overlap a period — one query.
	 * @param periodStart first day of the period
	 * @param periodEnd last day of the period
	 * @param lastMonthStart first day of the period's last month (or part of a month)
	 * @return one row per department and scheme ({@code departmentTotal}) and one per
	 * department, unit (null: no unit) and scheme
	 */
	public List<OverlapRow> overlap(LocalDate periodStart, LocalDate periodEnd, LocalDate lastMonthStart) {
		return this.jdbc.sql(OVERLAP)
			.param("periodStart", periodStart)
			.param("periodEnd", periodEnd)
			.param("lastMonthStart", lastMonthStart)
			.query((rs, n) -> new OverlapRow(rs.getLong("department_id"), rs.getObject("unit_id", Long.class),
					rs.getBoolean("department_total"), Scheme.valueOf(rs.getString("scheme")),
					rs.getLong("person_days"), rs.getLong("last_month_person_days"), rs.getLong("placements"),
					rs.getLong("last_month_citizens")))
			.list();
	}

	/**
	 * Per department and calendar month of a period: the person-days of the combined
	 * schemes in that month, and the citizens in a flex job at some time in that month —
	 * one query. Months without placements have no row.
	 * @param periodStart first day of the period (the first of a month)
	 * @param periodEnd last day of the period
	 * @return the rows
	 */
	public List<MonthRow> months(LocalDate periodStart, LocalDate periodEnd) {
		return this.jdbc.sql(MONTHS)
			.param("periodStart", periodStart)
			.param("periodEnd", periodEnd)
			.query((rs, n) -> new MonthRow(rs.getLong("department_id"), rs.getObject("first_day", LocalDate.class),
					rs.getLong("person_days"), rs.getLong("flex_citizens")))
			.list();
	}

	/**
	 * Aggregated placements of one scheme that overlap a period.
	 *
	 * @param departmentId the department
	 * @param unitId the unit, or null for placements without a unit (or for the
	 * department's total row)
	 * @param departmentTotal whether this row sums the whole department
	 * @param scheme the scheme
	 * @param personDays the days the placements overlap the period, summed
	 * @param lastMonthPersonDays the same for the period's last month
	 * @param placements the number of placements that overlap the period
	 * @param lastMonthCitizens the citizens with a placement overlapping the period's
	 * last month
	 */
	public record OverlapRow(long departmentId, Long unitId, boolean departmentTotal, Scheme scheme, long personDays,
			long lastMonthPersonDays, long placements, long lastMonthCitizens) {
	}

	/**
	 * One department's placements in one calendar month.
	 *
	 * @param departmentId the department
	 * @param month the first day of the month
	 * @param combinedPersonDays person-days of wage subsidy, internship and utility work
	 * in the month
	 * @param flexCitizens citizens in a flex job at some time in the month
	 */
	public record MonthRow(long departmentId, LocalDate month, long combinedPersonDays, long flexCitizens) {
	}

}
