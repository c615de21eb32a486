package dk.pladsflow.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.placement.PlacementFigures;
import dk.pladsflow.placement.PlacementFigures.CitizenRow;
import dk.pladsflow.placement.PlacementFigures.MonthRow;
import dk.pladsflow.placement.PlacementFigures.Overlap;
import dk.pladsflow.placement.PlacementFigures.OverlapRow;
import dk.pladsflow.shared.Municipality;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.status.Figures.CombinedFigures;
import dk.pladsflow.status.StatusReport.DepartmentReport;
import dk.pladsflow.status.StatusReport.TotalTargets;
import dk.pladsflow.status.StatusReport.TrendPoint;
import dk.pladsflow.status.StatusReport.UnitReport;
import dk.pladsflow.user.CurrentUser;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live status: computed from the placements (three aggregation queries: the period,
 * the same period a year earlier, and the months of the period) and the targets, and kept
 * until one of them changes.
 * <p>
 * Who reads it: administrators, consultants and central managers see every department; a
 * department manager sees only their own department (the municipality's figures are not
 * shown to them: their "total" is their department). Others get a 403.
 */
@Service
@Transactional(readOnly = true)
public class StatusService {

	private final PlacementFigures placements;

	private final TargetService targets;

	private final OrganisationService organisation;

	private final Municipality municipality;

	private final Clock clock;

	private final JdbcClient jdbc;

	/** Reports as computed, for every department; a few months' worth. */
	private final Cache<ReportKey, StatusReport> reports = Caffeine.newBuilder().maximumSize(16).build();

	StatusService(PlacementFigures placements, TargetService targets, OrganisationService organisation,
			Municipality municipality, Clock clock, JdbcClient jdbc) {
		this.placements = placements;
		this.targets = targets;
		this.organisation = organisation;
		this.municipality = municipality;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * The live status for a month: to the end of the month, or to today for the running
	 * month.
	 * @param user who asks
	 * @param month the month
	 * @return the report, restricted to what the user may see
	 * @throws NotFoundException for a month that has not begun
	 */
	public StatusReport report(CurrentUser user, YearMonth month) {
		checkMayRead(user);
		return visibleTo(user, compute(month, period(month), true));
	}

	/**
	 * The live figures of a month only, without the previous year and the trend (one
	 * query): what the JSON and the CSV download hold.
	 * @param user who asks
	 * @param month the month
	 * @return the report with the figures and the forecast, restricted to what the user
	 * may see
	 */
	public StatusReport figures(CurrentUser user, YearMonth month) {
		checkMayRead(user);
		return visibleTo(user, compute(month, period(month), false));
	}

	/**
	 * The live figures of a month for the API ({@code /api/status}): as {@link #figures},
	 * for those who may read the status through the API (managers and administrators; a
	 * department manager sees their own department).
	 * @param user who asks
	 * @param month the month
	 * @return the report, restricted to what the user may see
	 */
	public StatusReport apiFigures(CurrentUser user, YearMonth month) {
		ForbiddenException.unless(user.may().statusApi(), "the status API is for managers and administrators");
		return figures(user, month);
	}

	/**
	 * One department's live status.
	 * @param user who asks
	 * @param month the month
	 * @param code the department's code
	 * @return the department's part of the report
	 * @throws ForbiddenException for another department than a department manager's own
	 */
	public DepartmentReport department(CurrentUser user, YearMonth month, String code) {
		return department(report(user, month), user, code);
	}

	/**
	 * One department of a report, checked against what the user may see.
	 * @param report the report (live or a snapshot)
	 * @param user who asks
	 * @param code the department's code
	 * @return the department
	 */
	static DepartmentReport department(StatusReport report, CurrentUser user, String code) {
		for (DepartmentReport d : report.departments()) {
			if (d.code().equalsIgnoreCase(code)) {
				return d;
			}
		}
		throw isCentral(user) ? new NotFoundException("Department", code)
				: new ForbiddenException("a department manager sees only their own department");
	}

	Period period(YearMonth month) {
		try {
			return Period.of(month, LocalDate.now(this.clock));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Status", month);
		}
	}

	static void checkMayRead(CurrentUser user) {
		ForbiddenException.unless(user.may().status(), "the status is for managers, consultants and administrators");
	}

	static boolean isCentral(CurrentUser user) {
		return user.seesEveryDepartment();
	}

	static StatusReport visibleTo(CurrentUser user, StatusReport report) {
		checkMayRead(user);
		return isCentral(user) ? report : report.restrictedTo(user.departmentId());
	}

	/**
	 * The report for a period, for every department: computed, or as computed before
	 * while nothing it is made of has changed (the database's status revision, counted up
	 * by every change of a placement, target, department or unit).
	 * @param month the month
	 * @param period the period (to the month's end, or to today)
	 * @param whole with the previous year and the trend (else those are empty)
	 * @return the report
	 */
	StatusReport compute(YearMonth month, Period period, boolean whole) {
		// the revision first: a report computed from newer data than its key says is
		// merely recomputed after the next change, never reused past one
		long revision = this.jdbc.sql("select revision from status_revision where id = 1").query(Long.class).single();
		return this.reports.get(new ReportKey(month, period, whole, revision),
				(key) -> computeNow(month, period, whole));
	}

	private StatusReport computeNow(YearMonth month, Period period, boolean whole) {
		Period previous = period.previousYear();
		Overlap current = this.placements.overlap(period.start(), period.end(), period.lastMonthStart());
		Overlap before = whole ? this.placements.overlap(previous.start(), previous.end(), previous.lastMonthStart())
				: new Overlap(List.of(), List.of());
		Map<Long, List<MonthRow>> months = (whole ? this.placements.months(period.start(), period.end())
				: List.<MonthRow>of())
			.stream()
			.collect(Collectors.groupingBy(MonthRow::departmentId));
		TargetsByKey targetsNow = new TargetsByKey(this.targets.targets(period.start().getYear()));
		TargetsByKey targetsBefore = new TargetsByKey(this.targets.targets(previous.start().getYear()));
		Map<Long, StatusInputs> now = departmentInputs(current, targetsNow);
		Map<Long, StatusInputs> then = departmentInputs(before, targetsBefore);
		Map<Long, UnitSummary> units = this.organisation.allUnits()
			.stream()
			.collect(Collectors.toMap(UnitSummary::id, (u) -> u));

		List<DepartmentReport> departments = new ArrayList<>();
		StatusInputs totalNow = new StatusInputs();
		StatusInputs totalThen = new StatusInputs();
		Map<Integer, long[]> totalMonths = new TreeMap<>();
		for (DepartmentSummary department : this.organisation.allDepartments()) {
			StatusInputs inputs = now.getOrDefault(department.id(), targetsNow.department(department.id()));
			StatusInputs previousInputs = then.getOrDefault(department.id(), targetsBefore.department(department.id()));
			List<MonthRow> monthRows = months.getOrDefault(department.id(), List.of());
			if (!department.active() && inputs.isEmpty() && previousInputs.isEmpty()) {
				continue;
			}
			totalNow.add(inputs);
			totalThen.add(previousInputs);
			monthRows.forEach((m) -> {
				long[] sum = totalMonths.computeIfAbsent(m.month().getMonthValue(), (k) -> new long[2]);
				sum[0] += m.combinedPersonDays();
				sum[1] += m.flexCitizens();
			});
			departments.add(new DepartmentReport(department.id(), department.code(), department.name(),
					Figures.of(period, inputs), Figures.of(previous, previousInputs), Forecast.of(period, inputs),
					trend(month, period, monthTotals(monthRows), inputs.combinedTarget()),
					units(department.id(), period, current, targetsNow, units)));
		}
		Targets ownNow = this.targets.municipalityTargets(period.start().getYear()).orElse(null);
		if (ownNow != null) {
			totalNow.replaceTargets(ownNow);
		}
		this.targets.municipalityTargets(previous.start().getYear()).ifPresent(totalThen::replaceTargets);
		DepartmentReport total = new DepartmentReport(0, this.municipality.code(), this.municipality.name(),
				Figures.of(period, totalNow), Figures.of(previous, totalThen), Forecast.of(period, totalNow),
				trend(month, period, totalMonths, totalNow.combinedTarget()), List.of());
		return new StatusReport(month.getYear(), month.getMonthValue(), period, previous, this.clock.instant(),
				List.copyOf(departments), total, TotalTargets.of(ownNow));
	}

	private static Map<Long, StatusInputs> departmentInputs(Overlap overlap, TargetsByKey targets) {
		Map<Long, StatusInputs> inputs = new HashMap<>();
		for (OverlapRow row : overlap.sums()) {
			inputs.computeIfAbsent(row.departmentId(), targets::department).add(row);
		}
		for (CitizenRow row : overlap.flexJobCitizens()) {
			if (row.departmentTotal()) {
				inputs.computeIfAbsent(row.departmentId(), targets::department).addFlexJobCitizens(row.citizens());
			}
		}
		return inputs;
	}

	private static Map<Integer, long[]> monthTotals(List<MonthRow> rows) {
		Map<Integer, long[]> totals = new TreeMap<>();
		rows.forEach(
				(m) -> totals.put(m.month().getMonthValue(), new long[] { m.combinedPersonDays(), m.flexCitizens() }));
		return totals;
	}

	private static List<TrendPoint> trend(YearMonth month, Period period, Map<Integer, long[]> months,
			BigDecimal combinedTarget) {
		List<TrendPoint> trend = new ArrayList<>();
		long cumulative = 0;
		for (int m = 1; m <= month.getMonthValue(); m++) {
			long[] values = months.getOrDefault(m, new long[2]);
			cumulative += values[0];
			Period upTo = period.to(YearMonth.of(month.getYear(), m));
			BigDecimal days = BigDecimal.valueOf(upTo.days());
			Ratio fulfilment = (combinedTarget != null)
					? Ratio.of(BigDecimal.valueOf(cumulative), combinedTarget.multiply(days)) : null;
			trend.add(new TrendPoint(m,
					new CombinedFigures((double) cumulative / upTo.days(), combinedTarget, Ratio.percent(fulfilment)),
					values[1]));
		}
		return trend;
	}

	private static List<UnitReport> units(long departmentId, Period period, Overlap overlap, TargetsByKey targets,
			Map<Long, UnitSummary> units) {
		Map<Long, StatusInputs> byUnit = new LinkedHashMap<>();
		for (OverlapRow row : overlap.sums()) {
			if (row.departmentId() == departmentId) {
				byUnit.computeIfAbsent(row.unitId(), (u) -> targets.unit(departmentId, u)).add(row);
			}
		}
		for (CitizenRow row : overlap.flexJobCitizens()) {
			if (!row.departmentTotal() && row.departmentId() == departmentId) {
				byUnit.computeIfAbsent(row.unitId(), (u) -> targets.unit(departmentId, u))
					.addFlexJobCitizens(row.citizens());
			}
		}
		for (Long unitId : targets.unitsOf(departmentId)) {
			byUnit.computeIfAbsent(unitId, (u) -> targets.unit(departmentId, u));
		}
		Comparator<UnitReport> byName = Comparator.comparing(UnitReport::name,
				Comparator.nullsLast(Comparator.naturalOrder()));
		return byUnit.entrySet()
			.stream()
			.map((e) -> new UnitReport(e.getKey(), (e.getKey() != null) ? units.get(e.getKey()).name() : null,
					Figures.of(period, e.getValue())))
			.sorted(byName)
			.toList();
	}

	private record ReportKey(YearMonth month, Period period, boolean whole, long revision) {
	}

	/**
	 * A year's targets by department and unit.
	 */
	private static final class TargetsByKey {

		private final Map<String, Targets> byKey = new HashMap<>();

		TargetsByKey(List<Targets> targets) {
			targets.forEach((t) -> this.byKey.put(t.departmentId() + ":" + t.unitId(), t));
		}

		StatusInputs department(long departmentId) {
			return inputs(this.byKey.get(departmentId + ":null"));
		}

		StatusInputs unit(long departmentId, Long unitId) {
			return (unitId != null) ? inputs(this.byKey.get(departmentId + ":" + unitId)) : new StatusInputs();
		}

		Set<Long> unitsOf(long departmentId) {
			return this.byKey.values()
				.stream()
				.filter((t) -> t.departmentId() == departmentId && t.unitId() != null)
				.map(Targets::unitId)
				.collect(Collectors.toSet());
		}

		private static StatusInputs inputs(Targets targets) {
			StatusInputs inputs = new StatusInputs();
			if (targets != null) {
				inputs.targets(targets.combinedTarget(), targets.flexJobTarget());
			}
			return inputs;
		}

	}

}
