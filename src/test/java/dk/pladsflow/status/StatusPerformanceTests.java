package dk.pladsflow.status;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import dk.pladsflow.placement.PlacementFigures;
import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status of a whole year over 1,000,000 placements must take less than 200 ms. Slow
 * to set up (it writes a million rows), so it runs only on request:
 * {@code ./mvnw test -Dtest=StatusPerformanceTests -Dpladsflow.perf=true}. It prints the
 * timings and the query plans, and removes its rows afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "pladsflow.perf", matches = "true")
class StatusPerformanceTests {

	private static final int PLACEMENTS = 1_000_000;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatusService status;

	@Autowired
	PlacementFigures figures;

	@BeforeAll
	void oneMillionPlacements() {
		long started = System.nanoTime();
		// Eleven years of placements (2016 to October 2026) spread over the seven
		// departments
		// and their units: 2 weeks to a year long, a few running (no end) among the
		// recent
		// ones; pseudo-random but the same every run.
		this.jdbc.update("""
				insert into placement (department_id, unit_id, scheme, start_date, end_date, citizen_ref, created_at)
				select d.id, null,
				       (array['WAGE_SUBSIDY','INTERNSHIP','UTILITY_WORK','FLEX_JOB'])[(1 + (i * 7) % 4)::int],
				       s.start_date,
				       case when s.start_date > date '2025-10-31' and i % 3 = 0 then null
				            else s.start_date + 14 + ((i * 7919) % 352)::int end,
				       'PERF-' || i, now()
				from generate_series(1::bigint, ?) i
				cross join lateral (select date '2016-01-01' + ((i * 104729) % 3956)::int as start_date) s
				join (select id, row_number() over (order by code) - 1 as n from department
				      where code in ('BIF','BUF','KFF','SOF','SUF','TMF','ØKF')) d on d.n = i % 7
				""", PLACEMENTS);
		this.jdbc.update("""
				update placement p set unit_id = u.id
				from (select id, department_id, row_number() over (partition by department_id order by id) as n,
				             count(*) over (partition by department_id) as c from unit) u
				where p.citizen_ref like 'PERF-%' and u.department_id = p.department_id
				  and u.n = 1 + (p.id % u.c)""");
		this.jdbc.execute("vacuum analyze placement");
		System.out.printf("Inserted %,d placements in %d s%n", PLACEMENTS,
				(System.nanoTime() - started) / 1_000_000_000);
	}

	@AfterAll
	void removeThem() {
		this.jdbc.update("delete from placement where citizen_ref like 'PERF-%'");
		this.jdbc.execute("vacuum analyze placement");
	}

	@Test
	void theStatusOfAWholeYearForAllDepartmentsTakesLessThanTwoHundredMilliseconds() {
		assertThat(this.jdbc.queryForObject("select count(*) from placement", Long.class))
			.isGreaterThanOrEqualTo(PLACEMENTS);
		LocalDate start = LocalDate.of(2025, 1, 1);
		LocalDate end = LocalDate.of(2025, 12, 31);
		LocalDate lastMonth = LocalDate.of(2025, 12, 1);
		plan("""
				explain (analyze, buffers) select department_id, unit_id, scheme,
				  sum(least(coalesce(end_date, date '2025-12-31'), date '2025-12-31') - greatest(start_date, date '2025-01-01') + 1),
				  sum(greatest(0, least(coalesce(end_date, date '2025-12-31'), date '2025-12-31') - greatest(start_date, date '2025-12-01') + 1)),
				  count(*)
				from placement
				where coalesce(end_date, 'infinity') >= date '2025-01-01' and start_date <= date '2025-12-31'
				group by department_id, unit_id, scheme""");
		plan("""
				explain (analyze, buffers) select department_id, unit_id, 'FLEX_JOB', count(distinct citizen_ref)
				from placement
				where coalesce(end_date, 'infinity') >= date '2025-12-01' and start_date <= date '2025-12-31'
				  and scheme = 'FLEX_JOB'
				group by grouping sets ((department_id), (department_id, unit_id))""");
		long overlap = median(() -> this.figures.overlap(start, end, lastMonth).sums().size());
		long months = median(() -> this.figures.months(start, end).size());
		Period year = new Period(start, end);
		long figuresOnly = median(() -> this.status.compute(YearMonth.of(2025, 12), year, false).departments().size());
		long whole = median(() -> this.status.compute(YearMonth.of(2025, 12), year, true).departments().size());
		System.out.printf("Full-year status 2025 over %,d placements, median of 9 runs:%n", PLACEMENTS);
		System.out.printf("  status query (all departments, schemes and units):   %d ms%n", overlap);
		System.out.printf("  status as the JSON and CSV (query, targets, rules):  %d ms%n", figuresOnly);
		System.out.printf("  monthly trend query:                                  %d ms%n", months);
		System.out.printf("  status page (+ previous year, trend, units):          %d ms%n", whole);
		assertThat(figuresOnly).isLessThan(200);
	}

	/**
	 * Prints a statement's plan under the settings the status queries run with.
	 */
	private void plan(String sql) {
		List<String> lines = this.jdbc.execute((ConnectionCallback<List<String>>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set max_parallel_workers_per_gather = 0");
				List<String> plan = new ArrayList<>();
				try (ResultSet rs = statement.executeQuery(sql)) {
					while (rs.next()) {
						plan.add(rs.getString(1));
					}
				}
				statement.execute("reset max_parallel_workers_per_gather");
				return plan;
			}
		});
		System.out.println(String.join("\n", lines));
	}

	private static long median(Supplier<Object> run) {
		for (int i = 0; i < 3; i++) {
			run.get();
		}
		long[] times = new long[9];
		for (int i = 0; i < times.length; i++) {
			long started = System.nanoTime();
			run.get();
			times[i] = (System.nanoTime() - started) / 1_000_000;
		}
		Arrays.sort(times);
		return times[times.length / 2];
	}

}
