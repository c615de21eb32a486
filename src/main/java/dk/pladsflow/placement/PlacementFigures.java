package dk.pladsflow.placement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aggregations the status reports are computed from, summed in the database: no
 * placement is loaded into memory. Only placements at municipal workplaces count: the
 * target figures are for the municipality as a workplace (private placements count in the
 * outcomes, issue 14). Both queries select the placements that overlap the period through
 * {@code ix_placement_overlap}.
 */
@Service
@Transactional(readOnly = true)
public class PlacementFigures {

	// Days are counted with both ends inclusive: least(end, periodEnd) - greatest(start,
	// periodStart) + 1. A running placement (no end) runs to the end of the period. The
	// first part sums per department, unit and scheme (a hash aggregate over an
	// index-only scan, the department totals are added up from it); the other two count
	// the distinct flex-job citizens of the last month per unit and per department (a
	// citizen in two units counts once for the department), from one set of distinct
	// (department, unit, citizen) rows: hash aggregates, about half the time of
	// count(distinct) over grouping sets, which sorts.
	private static final String OVERLAP = """
			with flex as (
			  select distinct department_id, unit_id, citizen_ref
			  from placement
			  where coalesce(end_date, 'infinity') >= :lastMonthStart and start_date <= :periodEnd
			    and scheme = 'FLEX_JOB' and sector = 'MUNICIPAL'
			)
			select 'SUM' as part, department_id, unit_id, scheme,
			  sum(least(coalesce(end_date, :periodEnd), :periodEnd) - greatest(start_date, :periodStart) + 1) as person_days,
			  sum(greatest(0, least(coalesce(end_date, :periodEnd), :periodEnd)
			                  - greatest(start_date, :lastMonthStart) + 1)) as last_month_person_days,
			  count(*) as placements,
			  0 as last_month_citizens
			from placement
			where coalesce(end_date, 'infinity') >= :periodStart and start_date <= :periodEnd
			  and sector = 'MUNICIPAL'
			group by department_id, unit_id, scheme
			union all
			select 'UNIT', department_id, unit_id, 'FLEX_JOB', 0, 0, 0, count(*)
			from flex
			group by department_id, unit_id
			union all
			select 'DEPARTMENT', department_id, null, 'FLEX_JOB', 0, 0, 0, count(*)
			from (select distinct department_id, citizen_ref from flex) citizens
			group by department_id
			""";

	// The combined schemes' placements grouped by the months their overlap with the
	// period
	// starts and ends in: enough to compute each month's person-days without a row per
	// placement and month. Flex jobs: distinct citizens per month.
	private static final String MONTHS = """
			select department_id, null::date as first_day,
			  date_trunc('month', greatest(start_date, :periodStart))::date as from_month,
			  date_trunc('month', least(coalesce(end_date, :periodEnd), :periodEnd))::date as to_month,
			  count(*) as placements,
			  sum(least(coalesce(end_date, :periodEnd), :periodEnd) - greatest(start_date, :periodStart) + 1) as person_days,
			  sum(greatest(start_date, :periodStart) - :periodStart) as start_offset,
			  0 as flex_citizens
			from placement
			where coalesce(end_date, 'infinity') >= :periodStart and start_date <= :periodEnd
			  and scheme <> 'FLEX_JOB' and sector = 'MUNICIPAL'
			group by 1, 3, 4
			union all
			select department_id, month, null, null, 0, 0, 0, count(*)
			from (
			  select distinct p.department_id, m::date as month, p.citizen_ref
			  from placement p
			  cross join lateral generate_series(date_trunc('month', greatest(p.start_date, :periodStart)),
			      least(coalesce(p.end_date, :periodEnd), :periodEnd), interval '1 month') m
			  where coalesce(p.end_date, 'infinity') >= :periodStart and p.start_date <= :periodEnd
			    and p.scheme = 'FLEX_JOB' and p.sector = 'MUNICIPAL'
			) flex
			group by 1, 2
			""";

	private final JdbcClient jdbc;

	PlacementFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Person-days and placements per department, unit and scheme of the placements that
	 * overlap a period, and the flex-job citizens of its last month per department and
	 * per unit — one query.
	 * @param periodStart first day of the period
	 * @param periodEnd last day of the period
	 * @param lastMonthStart first day of the period's last month (or part of a month)
	 * @return the sums and the citizen counts
	 */
	public Overlap overlap(LocalDate periodStart, LocalDate periodEnd, LocalDate lastMonthStart) {
		customPlans();
		List<OverlapRow> sums = new ArrayList<>();
		List<CitizenRow> citizens = new ArrayList<>();
		this.jdbc.sql(OVERLAP)
			.param("periodStart", periodStart)
			.param("periodEnd", periodEnd)
			.param("lastMonthStart", lastMonthStart)
			.query((rs) -> {
				String part = rs.getString("part");
				long departmentId = rs.getLong("department_id");
				Long unitId = rs.getObject("unit_id", Long.class);
				if (part.equals("SUM")) {
					sums.add(new OverlapRow(departmentId, unitId, Scheme.valueOf(rs.getString("scheme")),
							rs.getLong("person_days"), rs.getLong("last_month_person_days"), rs.getLong("placements")));
				}
				else {
					citizens.add(new CitizenRow(departmentId, unitId, part.equals("DEPARTMENT"),
							rs.getLong("last_month_citizens")));
				}
			});
		return new Overlap(sums, citizens);
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
		customPlans();
		Map<String, long[]> months = new TreeMap<>();
		this.jdbc.sql(MONTHS).param("periodStart", periodStart).param("periodEnd", periodEnd).query((rs) -> {
			long departmentId = rs.getLong("department_id");
			LocalDate flexMonth = rs.getObject("first_day", LocalDate.class);
			if (flexMonth != null) {
				month(months, departmentId, flexMonth)[1] = rs.getLong("flex_citizens");
				return;
			}
			// placements whose overlap runs from month a to month b have, by the end of a
			// month
			// m from a to b, count * (days from the period start to m's end) - their
			// start
			// offsets, and all their days by the end of b; each month gets the difference
			LocalDate from = rs.getObject("from_month", LocalDate.class);
			LocalDate to = rs.getObject("to_month", LocalDate.class);
			long count = rs.getLong("placements");
			long offsets = rs.getLong("start_offset");
			long previous = 0;
			for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(1)) {
				LocalDate monthEnd = m.plusMonths(1).minusDays(1);
				long days = m.equals(to) ? rs.getLong("person_days")
						: count * (ChronoUnit.DAYS.between(periodStart, monthEnd) + 1) - offsets;
				month(months, departmentId, m)[0] += days - previous;
				previous = days;
			}
		});
		return months.entrySet().stream().map((e) -> {
			String[] key = e.getKey().split("/");
			return new MonthRow(Long.parseLong(key[0]), LocalDate.parse(key[1]), e.getValue()[0], e.getValue()[1]);
		}).toList();
	}

	/**
	 * Plans these queries for their actual dates every time: a generic plan of a prepared
	 * statement cannot tell a narrow period from a wide one, and was measured to take
	 * twice as long. Holds for the rest of the (read-only) transaction.
	 */
	private void customPlans() {
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		this.jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
	}

	private static long[] month(Map<String, long[]> months, long departmentId, LocalDate month) {
		return months.computeIfAbsent(departmentId + "/" + month, (k) -> new long[2]);
	}

	/**
	 * The placements that overlap a period, aggregated.
	 *
	 * @param sums per department, unit and scheme
	 * @param flexJobCitizens flex-job citizens of the period's last month
	 */
	public record Overlap(List<OverlapRow> sums, List<CitizenRow> flexJobCitizens) {
	}

	/**
	 * Aggregated placements of one scheme in one unit that overlap a period.
	 *
	 * @param departmentId the department
	 * @param unitId the unit, or null for placements without a unit
	 * @param scheme the scheme
	 * @param personDays the days the placements overlap the period, summed
	 * @param lastMonthPersonDays the same for the period's last month
	 * @param placements the number of placements that overlap the period
	 */
	public record OverlapRow(long departmentId, Long unitId, Scheme scheme, long personDays, long lastMonthPersonDays,
			long placements) {
	}

	/**
	 * The persons in a flex job at some time in a period's last month.
	 *
	 * @param departmentId the department
	 * @param unitId the unit (null: no unit, or the whole department)
	 * @param departmentTotal whether this counts the whole department
	 * @param citizens distinct citizens
	 */
	public record CitizenRow(long departmentId, Long unitId, boolean departmentTotal, long citizens) {
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
