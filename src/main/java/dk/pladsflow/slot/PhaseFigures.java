package dk.pladsflow.slot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import dk.pladsflow.shared.web.CountedPage;
import org.springframework.data.domain.Pageable;

import dk.pladsflow.shared.ClockConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quality measures of the slot flow (issue 12), counted in the database from the
 * phase instances in one statement: every instance, opening, fill, unused slot, closure
 * and extension that a period holds becomes one row of indicators, and the rows are added
 * up per unit, per department and for the municipality at once (grouping sets). No slot
 * is loaded into memory. The definitions are in {@code docs/quality.md}.
 */
@Service
@Transactional(readOnly = true)
public class PhaseFigures {

	/**
	 * The standard's fixed weeks from T0 to a filled slot, in Copenhagen calendar days.
	 */
	static final int FILL_DAYS = 21;

	// :from and :to are the period's first moment and the moment after it
	// (Copenhagen midnight); :now is the clock's; :at is the moment the unused slots
	// are counted at (the period's end, or now for the running month); an unused
	// slot's age is counted in whole weeks to the day that is (ageBounds). A deadline
	// counts in the period it falls in, and only once it has passed; an instance the
	// slot's closure ended before its deadline is not counted (the slot was given up,
	// the standard was not broken).
	// The deadline instances due in the period, each with whether it met its deadline.
	private static final String TIMED = """
			timed as (
			  select id, slot_id, department_id, unit_id, phase, started_at, deadline, ended_at, outcome,
			         (outcome is distinct from 'CLOSED' or ended_at > deadline) as due,
			         coalesce(ended_at <= deadline, false)
			           and outcome in (case phase when 'REFERRAL' then 'SENT' when 'AGREEMENT' then 'COMPLETED' end,
			                           case phase when 'EMPLOYER_RESPONSE' then 'CHOSEN' end,
			                           case phase when 'EMPLOYER_RESPONSE' then 'DECLINED' end,
			                           case phase when 'EMPLOYER_RESPONSE' then 'WITHDRAWN' end) as met
			  from slot_phase_instance
			  where deadline >= :from and deadline < :to and deadline <= :now
			    and phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT')
			)""";

	// The openings (T0) whose 21st day falls in the period, read from the index of
	// openings: :openedFrom and :openedTo are the period's bounds moved 21 Copenhagen
	// days
	// back (both are midnights, so this is exact; period()), plain values that the
	// planner estimates from the statistics of opened_at.
	private static final String OPENED = """
			(select id, slot_id, department_id, unit_id, opened_at,
			        ((opened_at at time zone 'Europe/Copenhagen') + make_interval(days => :fillDays))
			          at time zone 'Europe/Copenhagen' as deadline
			 from slot_phase_instance
			 where phase = 'REFERRAL' and started_at = opened_at
			   and opened_at >= :openedFrom and opened_at < :openedTo) o""";

	// The openings due, with whether they met their deadline: for the figures. Only a
	// fill or closure before the opening's deadline decides it, and such an end lies
	// between the earliest opening read and the period's end: the openings and those
	// ends are read as ranges of their indexes and brought together by adding them up
	// per slot and T0 (a hash aggregate), not looked up opening by opening (the planner
	// cannot estimate the openings' index predicate, and chose that at 1.3 s a year).
	private static final String OPENINGS_COUNTED = """
			openings as (
			  select department_id, unit_id, 'OPENING' as phase, deadline,
			         (coalesce(filled <= deadline, false) or closed is null or closed > deadline) as due,
			         coalesce(filled <= deadline, false) as met
			  from (select slot_id, opened_at, bool_or(kind = 'O') as opening, max(department_id) as department_id,
			               max(unit_id) as unit_id, max(deadline) as deadline,
			               min(ended_at) filter (where kind = 'F') as filled, min(ended_at) filter (where kind = 'C') as closed
			        from (select 'O' as kind, slot_id, opened_at, department_id, unit_id, deadline,
			                     null::timestamptz as ended_at
			              from %1$s
			              union all
			              select 'F', slot_id, opened_at, null, null, null, ended_at
			              from slot_phase_instance
			              where outcome = 'COMPLETED' and ended_at >= :from - make_interval(days => :fillDays + 1)
			                and ended_at < :to
			              union all
			              select 'C', slot_id, opened_at, null, null, null, ended_at
			              from slot_phase_instance
			              where outcome = 'CLOSED' and ended_at >= :from - make_interval(days => :fillDays + 1)
			                and ended_at < :to) parts
			        group by slot_id, opened_at) o
			  where opening and deadline <= :now
			)"""
		.formatted(OPENED);

	// The openings due, as a drill-down lists them: with the fill, also a late one.
	private static final String OPENINGS_SHOWN = """
			openings as (
			  select o.id, o.slot_id, o.department_id, o.unit_id, 'OPENING' as phase, o.opened_at as started_at,
			         o.deadline, f.ended_at, case when f.ended_at is not null then 'COMPLETED' end as outcome,
			         (coalesce(f.ended_at <= o.deadline, false) or c.ended_at is null or c.ended_at > o.deadline) as due,
			         coalesce(f.ended_at <= o.deadline, false) as met
			  from %1$s
			  left join slot_phase_instance f
			    on f.slot_id = o.slot_id and f.opened_at = o.opened_at and f.outcome = 'COMPLETED'
			  left join slot_phase_instance c
			    on c.slot_id = o.slot_id and c.opened_at = o.opened_at and c.outcome = 'CLOSED'
			  where o.deadline <= :now
			)"""
		.formatted(OPENED);

	// What the figures add up.
	private static final String COUNTED = TIMED + ", " + OPENINGS_COUNTED + "\n";

	// The measures' columns, in the order of every statement below.
	static final List<String> COLUMNS = List.of("w1_due", "w1_met", "w2_due", "w2_met", "w3_due", "w3_met", "f_due",
			"f_met", "age_0_3", "age_4_12", "age_13_23", "age_24_26", "age_27", "closed", "heard", "extensions");

	private static final String LIST = String.join(", ", COLUMNS);

	private static final String SUMS = COLUMNS.stream()
		.map((c) -> "sum(" + c + ") as " + c)
		.collect(Collectors.joining(", "));

	// Per unit, what happened in [:from, :to): every source added up per unit first (hash
	// aggregation over its index range), so that the sums run over a few thousand unit
	// rows instead of one row per instance. :withFigures counts the deadline measures,
	// fills, closures and extensions; :withUnused the unused slots at :at; :unusedSince
	// (a moment, or null) how they changed from then to :at: those begun since and still
	// running, less those running then that ended since (added to the count kept for
	// that moment, a span of kind V, the sum is the count at :at). A unit with
	// only
	// fills has a row too (its percentiles are joined to it).
	// The unused slots' ages are counted in bands: 1 for 0-3 whole weeks, 2 for 4-12, 3
	// for 13-23, 4 for 24-26, 5 for 27 and more (0 for a start after the day), by
	// comparing each start with the first moments of the days that begin the bands
	// (:age27 ... :age0, ageBounds), not by converting each start to a day; at national
	// volume they are 115,000 rows, so they are told apart per unit only where units are
	// asked for (:allUnits, or the department :unitsOf), else per department (unit_id
	// null).
	private static final String UNIT_SOURCES = COUNTED
			+ """
					, fills as (
					  select department_id, unit_id,
					         (ended_at at time zone 'Europe/Copenhagen')::date - (opened_at at time zone 'Europe/Copenhagen')::date
					           as days,
					         count(*) as n
					  from slot_phase_instance
					  where :withFigures and outcome = 'COMPLETED' and ended_at >= :from and ended_at < :to and ended_at <= :now
					  group by 1, 2, 3
					), units as (
					  select department_id, unit_id,
					         count(*) filter (where phase = 'REFERRAL' and due) as w1_due,
					         count(*) filter (where phase = 'REFERRAL' and due and met) as w1_met,
					         count(*) filter (where phase = 'EMPLOYER_RESPONSE' and due) as w2_due,
					         count(*) filter (where phase = 'EMPLOYER_RESPONSE' and due and met) as w2_met,
					         count(*) filter (where phase = 'AGREEMENT' and due) as w3_due,
					         count(*) filter (where phase = 'AGREEMENT' and due and met) as w3_met,
					         0 as f_due, 0 as f_met, 0 as age_0_3, 0 as age_4_12, 0 as age_13_23, 0 as age_24_26,
					         0 as age_27, 0 as closed, 0 as heard, 0 as extensions
					  from timed
					  where :withFigures
					  group by department_id, unit_id
					  union all
					  select department_id, unit_id, 0, 0, 0, 0, 0, 0,
					         count(*) filter (where due), count(*) filter (where due and met), 0, 0, 0, 0, 0, 0, 0, 0
					  from openings
					  where :withFigures
					  group by department_id, unit_id
					  union all
					  select department_id, unit_id, 0, 0, 0, 0, 0, 0, 0, 0,
					         coalesce(sum(n) filter (where band = 1), 0), coalesce(sum(n) filter (where band = 2), 0),
					         coalesce(sum(n) filter (where band = 3), 0), coalesce(sum(n) filter (where band = 4), 0),
					         coalesce(sum(n) filter (where band = 5), 0), 0, 0, 0
					  from (select department_id,
					               case when :allUnits or department_id = cast(:unitsOf as bigint) then unit_id end as unit_id,
					               5 - width_bucket(case phase when 'VACANT' then started_at else opened_at end,
					                                array[cast(:age27 as timestamptz), cast(:age24 as timestamptz),
					                                      cast(:age13 as timestamptz), cast(:age4 as timestamptz),
					                                      cast(:age0 as timestamptz)]) as band,
					               sum(sign) as n
					        from (select department_id, unit_id, phase, started_at, opened_at, 1 as sign
					              from slot_phase_instance
					              where :withUnused and phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'VACANT')
					                and started_at <= :at and ended_at is null
					              union all
					              select department_id, unit_id, phase, started_at, opened_at, 1
					              from slot_phase_instance
					              where :withUnused and phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'VACANT')
					                and started_at <= :at and ended_at > :at
					              union all
					              select department_id, unit_id, phase, started_at, opened_at, 1
					              from slot_phase_instance
					              where cast(:unusedSince as timestamptz) is not null and phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'VACANT')
					                and started_at > cast(:unusedSince as timestamptz) and started_at <= :at and (ended_at is null or ended_at > :at)
					              union all
					              select department_id, unit_id, phase, started_at, opened_at, -1
					              from slot_phase_instance
					              where cast(:unusedSince as timestamptz) is not null and phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'VACANT')
					                and ended_at > cast(:unusedSince as timestamptz) and ended_at <= :at
					                and started_at <= cast(:unusedSince as timestamptz)) running
					        group by 1, 2, 3) unused
					  group by department_id, unit_id
					  union all
					  select c.department_id, c.unit_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*),
					         count(*) filter (where exists (select 1 from slot_history h
					                  where h.slot_id = c.slot_id and h.action = 'HEARING_ASKED'
					                    and h.at >= (case c.phase when 'VACANT' then c.started_at else c.opened_at end)
					                    and h.at <= c.ended_at)),
					         0
					  from slot_phase_instance c
					  where :withFigures and c.outcome = 'CLOSED' and c.phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'VACANT')
					    and c.ended_at >= :from and c.ended_at < :to and c.ended_at <= :now
					  group by c.department_id, c.unit_id
					  union all
					  select s.department_id, s.unit_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*)
					  from slot_history h
					  join slot s on s.id = h.slot_id
					  where :withFigures and h.action = 'EXTENSION_GRANTED' and h.at >= :from and h.at < :to and h.at <= :now
					  group by s.department_id, s.unit_id
					  union all
					  select department_id, unit_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
					  from fills
					)""";

	// A kept span's figures (QualitySpans): per unit and per department, stored in one
	// statement.
	static final String SPAN_FIGURES = "with " + UNIT_SOURCES + """
			, stored_figures as (
			  insert into quality_span_figures (span_id, department_id, unit_id, %1$s)
			  select :span, department_id, unit_id, %2$s
			  from units
			  group by grouping sets ((department_id, unit_id), (department_id))
			  returning 1
			), stored_fills as (
			  insert into quality_span_fills (span_id, department_id, unit_id, days, n)
			  select :span, department_id, unit_id, days, sum(n)
			  from fills
			  group by grouping sets ((department_id, unit_id, days), (department_id, days))
			  returning 1
			)
			select (select count(*) from stored_figures) + (select count(*) from stored_fills)
			""".formatted(LIST, SUMS);

	// The measures of a period: the kept spans' rows (:spans, those still computed) and
	// what happened since, counted live from [:from, :to) where :withFigures/:withUnused
	// say so; the unused slots come from the live count at :at, or from the kept span of
	// the period's end. Department rows are the kept department rows and every live row;
	// unit rows only for the units asked for.
	// The days to fill are counted per unit and number of days, and the percentiles are
	// read off those counts per unit, department and municipality: percentile_cont's
	// definition (the values at positions floor and ceil of p * (n - 1), interpolated).
	private static final String MEASURES = "with " + UNIT_SOURCES + """
			, kept as (
			  select f.department_id, f.unit_id, %1$s
			  from quality_span s
			  join quality_span_figures f on f.span_id = s.id
			  where s.id in (:spans) and s.computed_at is not null
			    and (f.unit_id is null or :allUnits or f.department_id = cast(:unitsOf as bigint))
			), all_rows as (
			  select * from kept
			  union all
			  select department_id, null, %1$s from units
			  union all
			  select department_id, unit_id, %1$s from units
			  where unit_id is not null and (:allUnits or department_id = cast(:unitsOf as bigint))
			), sums as (
			  select department_id, unit_id, case when unit_id is null then 1 else 0 end as level, %2$s
			  from all_rows
			  group by department_id, unit_id
			  union all
			  select null, null, 3, %2$s
			  from all_rows
			  where unit_id is null
			), all_fills as (
			  select f.department_id, f.unit_id, f.days, f.n
			  from quality_span s
			  join quality_span_fills f on f.span_id = s.id
			  where s.id in (:spans) and s.computed_at is not null
			    and (f.unit_id is null or :allUnits or f.department_id = cast(:unitsOf as bigint))
			  union all
			  select department_id, null, days, n from fills
			  union all
			  select department_id, unit_id, days, n from fills
			  where :allUnits or department_id = cast(:unitsOf as bigint)
			), fill_days as (
			  select case when unit_id is null then 1 else 0 end as level, department_id, unit_id, days, sum(n) as n
			  from all_fills
			  group by department_id, unit_id, days
			  union all
			  select 3, null, null, days, sum(n)
			  from all_fills
			  where unit_id is null
			  group by days
			), fill_upto as (
			  select level, department_id, unit_id, days,
			         sum(n) over (partition by level, department_id, unit_id order by days) as upto,
			         sum(n) over (partition by level, department_id, unit_id) - 1 as last
			  from fill_days
			), fill_positions as (
			  select level, department_id, unit_id, 0.5 * max(last) as m, 0.9 * max(last) as p,
			         min(days) filter (where upto > floor(0.5 * last)) as m_lo,
			         min(days) filter (where upto > ceil(0.5 * last)) as m_hi,
			         min(days) filter (where upto > floor(0.9 * last)) as p_lo,
			         min(days) filter (where upto > ceil(0.9 * last)) as p_hi
			  from fill_upto
			  group by level, department_id, unit_id
			), fill_percentiles as (
			  select level, department_id, unit_id,
			         cast(m_lo + (m - floor(m)) * (m_hi - m_lo) as double precision) as fill_median,
			         cast(p_lo + (p - floor(p)) * (p_hi - p_lo) as double precision) as fill_p90
			  from fill_positions
			)
			select s.*, p.fill_median, p.fill_p90
			from sums s
			left join fill_percentiles p on p.level = s.level
			  and coalesce(p.department_id, 0) = coalesce(s.department_id, 0)
			  and coalesce(p.unit_id, 0) = coalesce(s.unit_id, 0)
			""".formatted(LIST, SUMS);

	private final JdbcClient jdbc;

	private final QualitySpans spans;

	PhaseFigures(JdbcClient jdbc, QualitySpans spans) {
		this.jdbc = jdbc;
		this.spans = spans;
	}

	/**
	 * The measures of a period, per department and for the municipality, and per unit
	 * where asked for: the kept spans of its closed months and days, and today counted
	 * live. Not in a transaction of the caller's: spans not kept are stored in their own.
	 * @param from the period's first moment (a Copenhagen midnight)
	 * @param to the moment after the period (exclusive; a Copenhagen midnight)
	 * @param now the clock's moment: deadlines after it do not count yet
	 * @param units the units to tell apart
	 * @return one row per department with figures, the total, and one row per unit asked
	 * for with figures
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<Row> measures(Instant from, Instant to, Instant now, Units units) {
		return this.spans.read(QualitySpans.plan(from, to, now, true), (read) -> {
			QualitySpans.Plan plan = read.plan();
			Instant at = plan.to().isAfter(now) ? now : plan.to();
			JdbcClient.StatementSpec statement = ageBounds(this.jdbc.sql(MEASURES),
					LocalDate.ofInstant(at.minus(1, ChronoUnit.MICROS), ClockConfiguration.ZONE));
			return period(statement, plan.live() ? plan.liveFrom() : plan.to(), plan.to())
				.param("spans", read.spanIds())
				.param("now", moment(now))
				.param("at", moment(at))
				.param("fillDays", FILL_DAYS)
				.param("withFigures", plan.live())
				.param("withUnused", plan.live() && plan.unusedSince() == null)
				.param("unusedSince", (plan.unusedSince() != null) ? moment(plan.unusedSince()) : null)
				.param("allUnits", units.all())
				.param("unitsOf", units.departmentId())
				.query(PhaseFigures::row)
				.list();
		});
	}

	/**
	 * The units whose own rows a report has.
	 *
	 * @param all every unit
	 * @param departmentId else the units of this department, or none for null
	 */
	public record Units(boolean all, Long departmentId) {

		/** No unit's row. */
		public static final Units NONE = new Units(false, null);

		/** Every unit's row. */
		public static final Units ALL = new Units(true, null);

		/**
		 * The rows of one department's units.
		 * @param departmentId the department
		 * @return the choice
		 */
		public static Units of(long departmentId) {
			return new Units(false, departmentId);
		}

	}

	// The moments after :now, before the period's end, at which a measure changes by
	// the clock alone: a deadline or an opening's 21st day passes, or (after the demo
	// clock was moved back) a row dated after now comes due: an unused slot's start, a
	// fill, a closure, an extension. Each is the first entry of one of V140's indexes
	// after :now.
	private static final String NEXT_CHANGE = """
			select least(
			  (select min(deadline) from slot_phase_instance
			   where deadline is not null and deadline > :now and deadline < :to),
			  (select ((opened_at at time zone 'Europe/Copenhagen') + make_interval(days => :fillDays))
			            at time zone 'Europe/Copenhagen'
			   from slot_phase_instance
			   where phase = 'REFERRAL' and started_at = opened_at
			     and opened_at > :now - make_interval(days => :fillDays + 1)
			     and ((opened_at at time zone 'Europe/Copenhagen') + make_interval(days => :fillDays))
			           at time zone 'Europe/Copenhagen' > :now
			   order by opened_at limit 1),
			  (select min(started_at) from slot_phase_instance
			   where phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'VACANT') and started_at > :now and started_at < :to),
			  (select min(ended_at) from slot_phase_instance
			   where outcome = 'COMPLETED' and ended_at > :now and ended_at < :to),
			  (select min(ended_at) from slot_phase_instance
			   where outcome = 'CLOSED' and ended_at > :now and ended_at < :to),
			  (select min(at) from slot_history
			   where action = 'EXTENSION_GRANTED' and at > :now and at < :to)) as next_change
			""";

	/**
	 * The first moment after now at which {@link #measures} of a period can give other
	 * figures without any change of the data: a deadline of an instance or an opening
	 * passes, or a row dated after now (there are such rows only after the demo clock was
	 * moved back) comes due. The days (ages, the period's end in the running month) are
	 * the caller's to add.
	 * @param to the moment after the period (exclusive); the period began before now
	 * @param now the clock's moment
	 * @return the moment, or null where nothing in the period lies ahead of now
	 */
	public Instant nextChange(Instant to, Instant now) {
		if (!to.isAfter(now)) {
			return null;
		}
		return this.jdbc.sql(NEXT_CHANGE)
			.param("to", moment(to))
			.param("now", moment(now))
			.param("fillDays", FILL_DAYS)
			.query((rs, n) -> instant(rs, "next_change"))
			.list()
			.get(0);
	}

	// The four deadline measures month by month (the month a deadline falls in, in
	// Copenhagen), of one department or of all: the kept spans' department rows, each in
	// its month, and today's deadlines counted live (where :withFigures).
	private static final String TREND = "with " + COUNTED + """
			, due as (
			  select department_id, phase, deadline, met from timed where due and :withFigures
			  union all
			  select department_id, phase, deadline, met from openings where due and :withFigures
			), months as (
			  select extract(year from deadline at time zone 'Europe/Copenhagen')::int as year,
			         extract(month from deadline at time zone 'Europe/Copenhagen')::int as month,
			         count(*) filter (where phase = 'REFERRAL') as w1_due,
			         count(*) filter (where phase = 'REFERRAL' and met) as w1_met,
			         count(*) filter (where phase = 'EMPLOYER_RESPONSE') as w2_due,
			         count(*) filter (where phase = 'EMPLOYER_RESPONSE' and met) as w2_met,
			         count(*) filter (where phase = 'AGREEMENT') as w3_due,
			         count(*) filter (where phase = 'AGREEMENT' and met) as w3_met,
			         count(*) filter (where phase = 'OPENING') as f_due,
			         count(*) filter (where phase = 'OPENING' and met) as f_met
			  from due
			  where cast(:department as bigint) is null or department_id = :department
			  group by 1, 2
			  union all
			  select extract(year from s.span_start)::int, extract(month from s.span_start)::int,
			         f.w1_due, f.w1_met, f.w2_due, f.w2_met, f.w3_due, f.w3_met, f.f_due, f.f_met
			  from quality_span s
			  join quality_span_figures f on f.span_id = s.id
			  where s.id in (:spans) and s.computed_at is not null and f.unit_id is null
			    and (cast(:department as bigint) is null or f.department_id = :department)
			)
			select year, month, sum(w1_due) as w1_due, sum(w1_met) as w1_met, sum(w2_due) as w2_due,
			       sum(w2_met) as w2_met, sum(w3_due) as w3_due, sum(w3_met) as w3_met, sum(f_due) as f_due,
			       sum(f_met) as f_met
			from months
			group by year, month
			""";

	/**
	 * The deadline measures of a run of months, each month on its own: a deadline counts
	 * in the month it falls in. Not in a transaction of the caller's, as
	 * {@link #measures}.
	 * @param from the first month's first moment
	 * @param to the moment after the last month (exclusive)
	 * @param now the clock's moment: deadlines after it do not count yet
	 * @param departmentId one department, or null for the municipality
	 * @return one row per month with a deadline due, in no particular order
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<MonthRow> trend(Instant from, Instant to, Instant now, Long departmentId) {
		return this.spans.read(QualitySpans.plan(from, to, now, false), (read) -> {
			QualitySpans.Plan plan = read.plan();
			return period(this.jdbc.sql(TREND), plan.live() ? plan.liveFrom() : plan.to(), plan.to())
				.param("spans", read.spanIds())
				.param("now", moment(now))
				.param("fillDays", FILL_DAYS)
				.param("withFigures", plan.live())
				.param("department", departmentId)
				.query((rs, n) -> new MonthRow(YearMonth.of(rs.getInt("year"), rs.getInt("month")),
						new Count(rs.getLong("w1_due"), rs.getLong("w1_met")),
						new Count(rs.getLong("w2_due"), rs.getLong("w2_met")),
						new Count(rs.getLong("w3_due"), rs.getLong("w3_met")),
						new Count(rs.getLong("f_due"), rs.getLong("f_met"))))
				.list();
		});
	}

	// The instances behind one figure: the due ones of one measure, optionally only those
	// that missed, of one department and unit. A timed measure reads its instances from
	// the index on deadline in deadline order, and a page stops after its rows; the
	// openings from the index on T0 in T0 order, which is the order of their 21st days.
	// The slot's title is joined to the page's rows only (behind()).
	private static final String BEHIND_FILTER = """
			where c.due and (not :missedOnly or not c.met)
			  and (cast(:department as bigint) is null or c.department_id = :department)
			  and (cast(:unit as bigint) is null or c.unit_id = :unit)
			""";

	private static final String BEHIND_COLUMNS = """
			select c.id, c.slot_id, c.department_id, c.unit_id, c.phase, c.started_at, c.deadline, c.ended_at,
			       c.outcome, c.met
			""";

	private static final String BEHIND_TIMED = "with " + TIMED + "\n" + BEHIND_COLUMNS + "from timed c\n"
			+ BEHIND_FILTER + " and c.phase = :phase\n";

	private static final String BEHIND_OPENINGS = "with " + OPENINGS_SHOWN + "\n" + BEHIND_COLUMNS + "from openings c\n"
			+ BEHIND_FILTER;

	/**
	 * The instances behind a figure: those due in the period for one measure, a page in
	 * deadline order.
	 * @param measure the measure
	 * @param from the period's first moment
	 * @param to the moment after the period
	 * @param now the clock's moment
	 * @param departmentId one department, or null for all
	 * @param unitId one unit, or null for all
	 * @param missedOnly only those that missed their deadline
	 * @param pageable the page
	 * @return the page, counted up to a limit
	 */
	public CountedPage<Instance> behind(Measure measure, Instant from, Instant to, Instant now, Long departmentId,
			Long unitId, boolean missedOnly, Pageable pageable) {
		long limit = CountedPage.countLimit(pageable);
		boolean openings = measure == Measure.FILLED_BY_WEEK3;
		String due = openings ? BEHIND_OPENINGS : BEHIND_TIMED;
		// an opening's 21st day follows its T0
		String order = openings ? "started_at, id" : "deadline, id";
		UnaryOperator<JdbcClient.StatementSpec> params = (spec) -> period(spec, from, to).param("now", moment(now))
			.param("fillDays", FILL_DAYS)
			.param("phase", openings ? "OPENING" : measure.phase().name())
			.param("missedOnly", missedOnly)
			.param("department", departmentId)
			.param("unit", unitId);
		List<Instance> rows = params
			.apply(this.jdbc.sql("select p.*, s.title from (" + due + " order by c." + order.replace(", ", ", c.")
					+ " limit :size offset :offset) p join slot s on s.id = p.slot_id order by p."
					+ order.replace(", ", ", p.")))
			.param("size", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new Instance(rs.getLong("slot_id"), rs.getString("title"), rs.getLong("department_id"),
					rs.getLong("unit_id"), measure, instant(rs, "started_at"), instant(rs, "deadline"),
					instant(rs, "ended_at"), rs.getString("outcome"), rs.getBoolean("met")))
			.list();
		long counted = params.apply(this.jdbc.sql("select count(*) from (" + due + " limit :limit) counted"))
			.param("limit", limit)
			.query(Long.class)
			.single();
		return new CountedPage<>(rows, pageable, counted, limit);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * Gives a statement the unused slots' age bands at a day: the first moment of the day
	 * each band's starts begin before. A start on day d is w = (day - d) / 7 whole weeks
	 * old; w >= 27 is a start before the first moment of day - 188, and so on.
	 */
	static JdbcClient.StatementSpec ageBounds(JdbcClient.StatementSpec spec, LocalDate day) {
		return spec.param("age27", dayStart(day.minusDays(188)))
			.param("age24", dayStart(day.minusDays(167)))
			.param("age13", dayStart(day.minusDays(90)))
			.param("age4", dayStart(day.minusDays(27)))
			.param("age0", dayStart(day.plusDays(7)));
	}

	private static OffsetDateTime dayStart(LocalDate day) {
		return moment(day.atStartOfDay(ClockConfiguration.ZONE).toInstant());
	}

	/**
	 * Gives a statement its period: {@code :from}, {@code :to}, and the bounds of the
	 * openings whose 21st day falls in it ({@code :openedFrom}, {@code :openedTo}: 21
	 * Copenhagen days earlier).
	 */
	static JdbcClient.StatementSpec period(JdbcClient.StatementSpec spec, Instant from, Instant to) {
		return spec.param("from", moment(from))
			.param("to", moment(to))
			.param("openedFrom", moment(fillDaysBefore(from)))
			.param("openedTo", moment(fillDaysBefore(to)));
	}

	private static Instant fillDaysBefore(Instant moment) {
		return LocalDateTime.ofInstant(moment, ClockConfiguration.ZONE)
			.minusDays(FILL_DAYS)
			.atZone(ClockConfiguration.ZONE)
			.toInstant();
	}

	static OffsetDateTime moment(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		int level = rs.getInt("level");
		return new Row((level == 3) ? null : rs.getLong("department_id"), (level == 0) ? rs.getLong("unit_id") : null,
				new Count(rs.getLong("w1_due"), rs.getLong("w1_met")),
				new Count(rs.getLong("w2_due"), rs.getLong("w2_met")),
				new Count(rs.getLong("w3_due"), rs.getLong("w3_met")),
				new Count(rs.getLong("f_due"), rs.getLong("f_met")), (Double) rs.getObject("fill_median"),
				(Double) rs.getObject("fill_p90"),
				new long[] { rs.getLong("age_0_3"), rs.getLong("age_4_12"), rs.getLong("age_13_23"),
						rs.getLong("age_24_26"), rs.getLong("age_27") },
				rs.getLong("closed"), rs.getLong("heard"), rs.getLong("extensions"));
	}

	/**
	 * The measures a drill-down lists.
	 */
	public enum Measure {

		/** Phase 1: the round sent within week 1. */
		WEEK1(SlotPhase.REFERRAL),
		/** Phase 2: the employer's answer within week 2. */
		WEEK2(SlotPhase.EMPLOYER_RESPONSE),
		/** Phase 3: the agreement within week 3. */
		WEEK3(SlotPhase.AGREEMENT),
		/** The opening filled within 21 days of T0. */
		FILLED_BY_WEEK3(null);

		private final SlotPhase phase;

		Measure(SlotPhase phase) {
			this.phase = phase;
		}

		/**
		 * The phase whose instances the measure counts.
		 * @return the phase, or null for the openings
		 */
		public SlotPhase phase() {
			return this.phase;
		}

	}

	/**
	 * One instance (or opening) behind a figure.
	 *
	 * @param slotId the slot
	 * @param title its title
	 * @param departmentId its department
	 * @param unitId its unit
	 * @param measure the measure it counts in
	 * @param startedAt when the instance began (the opening: T0)
	 * @param deadline its deadline (the opening: T0 + 21 days)
	 * @param endedAt when it ended (the opening: when the slot was filled), or null
	 * @param outcome how it ended, or null
	 * @param met whether it met its deadline
	 */
	public record Instance(long slotId, String title, long departmentId, long unitId, Measure measure,
			Instant startedAt, Instant deadline, Instant endedAt, String outcome, boolean met) {
	}

	/**
	 * How many were due and how many of those met their deadline.
	 *
	 * @param due counted
	 * @param met within the deadline
	 */
	public record Count(long due, long met) {
	}

	/**
	 * The deadline measures of one month.
	 *
	 * @param month the month
	 * @param week1 phase-1 instances sent within their deadline
	 * @param week2 rounds answered within their deadline
	 * @param week3 choices completed as agreements within their deadline
	 * @param filledByWeek3 openings filled within 21 days of T0
	 */
	public record MonthRow(YearMonth month, Count week1, Count week2, Count week3, Count filledByWeek3) {
	}

	/**
	 * The measures of one unit, one department or the municipality.
	 *
	 * @param departmentId the department, or null for the municipality
	 * @param unitId the unit, or null for a department's or the municipality's row
	 * @param week1 phase-1 instances sent within their deadline
	 * @param week2 rounds answered within their deadline
	 * @param week3 choices completed as agreements within their deadline
	 * @param filledByWeek3 openings filled within 21 days of T0
	 * @param fillMedianDays median days from T0 to filled, or null
	 * @param fillP90Days 90th percentile of days from T0 to filled, or null
	 * @param openByAge unused slots by completed weeks since the start of their period:
	 * 0–3, 4–12, 13–23, 24–26, 27 and more
	 * @param closedUnused unused slots closed
	 * @param closedAfterHearing of those, closed after a hearing
	 * @param extensionsGranted extensions granted
	 */
	public record Row(Long departmentId, Long unitId, Count week1, Count week2, Count week3, Count filledByWeek3,
			Double fillMedianDays, Double fillP90Days, long[] openByAge, long closedUnused, long closedAfterHearing,
			long extensionsGranted) {
	}

}
