package dk.pladsflow.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.pladsflow.deadline.FollowUpFigures;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.quality.QualityReport.DepartmentQuality;
import dk.pladsflow.quality.QualityReport.Scope;
import dk.pladsflow.quality.QualityReport.UnitQuality;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.Municipality;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.slot.PhaseFigures;
import dk.pladsflow.slot.PhaseFigures.Measure;
import dk.pladsflow.slot.PhaseFigures.Units;
import dk.pladsflow.status.Period;
import dk.pladsflow.user.CurrentUser;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The quality measures' facade: who may read them, for which period, narrowed to what the
 * user may see. Administrators, consultants and central managers see every department and
 * the municipality; a department manager sees only their own department, and their
 * "total" is that department (the municipality's figures are not disclosed to them, as on
 * the status pages). Others get a 403.
 */
@Service
@EnableConfigurationProperties(QualitySettings.class)
public class QualityService {

	private final PhaseFigures phases;

	private final FollowUpFigures followUps;

	private final OrganisationService organisation;

	private final Municipality municipality;

	private final QualitySettings settings;

	private final Clock clock;

	private final JdbcClient jdbc;

	/** Reports as computed, for every department, with the moments they hold for. */
	private final Cache<ReportKey, Kept<QualityReport>> reports = Caffeine.newBuilder().maximumSize(16).build();

	/**
	 * Trends (twelve months each) as computed, per department or for all, with the
	 * moments they hold for: the same rule as the reports.
	 */
	private final Cache<TrendKey, Kept<List<TrendPoint>>> trends = Caffeine.newBuilder().maximumSize(64).build();

	QualityService(PhaseFigures phases, FollowUpFigures followUps, OrganisationService organisation,
			Municipality municipality, QualitySettings settings, Clock clock, JdbcClient jdbc) {
		this.phases = phases;
		this.followUps = followUps;
		this.organisation = organisation;
		this.municipality = municipality;
		this.settings = settings;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * The measures of a month or of the year to its end, as the pages show them: every
	 * department and the total, and the units of one department (a department manager:
	 * their own; a central reader: the one they chose, if any).
	 * @param user who asks
	 * @param month the month
	 * @param scope the month alone or the year to date
	 * @param unitsOf the code of the department whose units a central reader sees, or
	 * null
	 * @return the report, narrowed to what the user may see
	 * @throws ForbiddenException for a user without the right
	 * @throws NotFoundException for a month that has not begun
	 */
	public QualityReport report(CurrentUser user, YearMonth month, Scope scope, String unitsOf) {
		checkMayRead(user);
		Units chosen = (unitsOf == null || unitsOf.isBlank()) ? Units.NONE
				: this.organisation.departmentByCode(unitsOf.trim()).map((d) -> Units.of(d.id())).orElse(Units.NONE);
		return visibleTo(user, compute(month, scope, unitsFor(user, chosen)));
	}

	/**
	 * The measures of a month or of the year to its end with every unit the user may see,
	 * as the downloads give them.
	 * @param user who asks
	 * @param month the month
	 * @param scope the month alone or the year to date
	 * @return the report, narrowed to what the user may see
	 * @throws ForbiddenException for a user without the right
	 * @throws NotFoundException for a month that has not begun
	 */
	public QualityReport fullReport(CurrentUser user, YearMonth month, Scope scope) {
		checkMayRead(user);
		return visibleTo(user, compute(month, scope, unitsFor(user, Units.ALL)));
	}

	/**
	 * The units a user's report tells apart: a department manager's own department's
	 * (none without a department), else what a central reader asked for.
	 */
	private static Units unitsFor(CurrentUser user, Units central) {
		if (user.seesEveryDepartment()) {
			return central;
		}
		return (user.departmentId() != null) ? Units.of(user.departmentId()) : Units.NONE;
	}

	/**
	 * The year to date, as the API answers it (managers and administrators).
	 * @param user who asks
	 * @param month the month
	 * @return the report, narrowed to what the user may see
	 */
	public QualityReport apiReport(CurrentUser user, YearMonth month) {
		ForbiddenException.unless(user.may().qualityApi(), "the quality API is for managers and administrators");
		return visibleTo(user, compute(month, Scope.YEAR, Units.NONE));
	}

	/**
	 * The twelve months up to a month, each month on its own, for the municipality (a
	 * department manager: their department): the trend the page draws. Months that have
	 * not begun are left out.
	 * @param user who asks
	 * @param month the last month
	 * @return the months, oldest first
	 */
	public List<TrendPoint> trend(CurrentUser user, YearMonth month) {
		checkMayRead(user);
		YearMonth now = YearMonth.now(this.clock.withZone(ClockConfiguration.ZONE));
		YearMonth first = month.minusMonths(11);
		YearMonth last = month.isAfter(now) ? now : month;
		// one statement for all twelve months; a department manager without a department
		// sees nothing
		if (!user.seesEveryDepartment() && user.departmentId() == null) {
			return points(first, last, Map.of());
		}
		return keptTrend(first, last, user.seesEveryDepartment() ? null : user.departmentId());
	}

	private static List<TrendPoint> points(YearMonth first, YearMonth last,
			Map<YearMonth, PhaseFigures.MonthRow> rows) {
		List<TrendPoint> trend = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			PhaseFigures.MonthRow row = rows.get(m);
			trend.add((row != null)
					? new TrendPoint(m, QualityFigures.share(row.week1()), QualityFigures.share(row.week2()),
							QualityFigures.share(row.week3()), QualityFigures.share(row.filledByWeek3()))
					: new TrendPoint(m, Share.NONE, Share.NONE, Share.NONE, Share.NONE));
		}
		return List.copyOf(trend);
	}

	/**
	 * One month of the trend: the deadline measures of the month alone.
	 *
	 * @param month the month
	 * @param week1 phase-1 instances sent within their deadline
	 * @param week2 rounds answered within their deadline
	 * @param week3 choices completed as agreements within their deadline
	 * @param filledByWeek3 openings filled within 21 days of T0
	 */
	public record TrendPoint(YearMonth month, Share week1, Share week2, Share week3, Share filledByWeek3) {
	}

	/**
	 * The slots behind a figure: the instances (or openings) due in the period for one
	 * measure, of one department (and unit) or of all the user may see, a page in
	 * deadline order.
	 * @param user who asks
	 * @param month the month
	 * @param scope the month alone or the year to date
	 * @param measure the measure
	 * @param departmentCode a department's code, or null for every department the user
	 * may see
	 * @param unitId a unit of that department, or null
	 * @param missedOnly only those that missed their deadline
	 * @param pageable the page
	 * @return the page
	 * @throws ForbiddenException for a department the user may not see
	 * @throws NotFoundException for an unknown department or a unit of another one
	 */
	public Page<Behind> behind(CurrentUser user, YearMonth month, Scope scope, Measure measure, String departmentCode,
			Long unitId, boolean missedOnly, Pageable pageable) {
		checkMayRead(user);
		Long departmentId = null;
		if (departmentCode != null && !departmentCode.isBlank()) {
			// a department manager learns nothing of other codes: any but their own is a
			// 403
			DepartmentSummary department = this.organisation.departmentByCode(departmentCode.trim())
				.filter((d) -> user.canSeeDepartment(d.id()))
				.orElseThrow(() -> user.seesEveryDepartment() ? new NotFoundException("Department", departmentCode)
						: new ForbiddenException("a department manager sees only their own department"));
			departmentId = department.id();
		}
		else if (!user.seesEveryDepartment()) {
			departmentId = user.departmentId();
		}
		if (unitId != null && (departmentId == null
				|| this.organisation.units(departmentId).stream().noneMatch((u) -> u.id() == unitId))) {
			throw new NotFoundException("Unit", unitId);
		}
		Period period = period(month, scope);
		Instant now = this.clock.instant();
		Page<PhaseFigures.Instance> page = this.phases.behind(measure, start(period), end(period), now, departmentId,
				unitId, missedOnly, pageable);
		Map<Long, String> codes = this.organisation.allDepartments()
			.stream()
			.collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::code));
		Map<Long, String> units = this.organisation
			.units(page.getContent().stream().map(PhaseFigures.Instance::unitId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
		LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.ZONE);
		return page.map((i) -> Behind.of(i, codes.get(i.departmentId()), units.get(i.unitId()), today));
	}

	private static Instant start(Period period) {
		return period.start().atStartOfDay(ClockConfiguration.ZONE).toInstant();
	}

	private static Instant end(Period period) {
		return period.end().plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
	}

	/**
	 * This month's deadline measures for a consultant's home page: of the departments
	 * whose fixed contact consultant they are, added up, or of the municipality when they
	 * are no department's.
	 * @param user the consultant
	 * @return the figures
	 * @throws ForbiddenException for anyone but a consultant
	 */
	public OwnFigures consultantFigures(CurrentUser user) {
		ForbiddenException.unless(user.may().worklist(), "a consultant's own figures");
		List<DepartmentSummary> contact = this.organisation.allDepartments()
			.stream()
			.filter((d) -> Objects.equals(d.contactConsultantId(), user.id()))
			.toList();
		return own(contact);
	}

	/**
	 * This month's deadline measures of an employer's department, for their home page.
	 * @param user the employer, bound to a department
	 * @return the figures
	 * @throws ForbiddenException for anyone but an employer with a department
	 */
	public OwnFigures employerFigures(CurrentUser user) {
		ForbiddenException.unless(user.may().inbox() && user.departmentId() != null,
				"an employer's department figures");
		return own(List.of(this.organisation.department(user.departmentId())));
	}

	/**
	 * This month's measures of some departments added up; of the municipality for none.
	 */
	private OwnFigures own(List<DepartmentSummary> departments) {
		YearMonth month = YearMonth.now(this.clock.withZone(ClockConfiguration.ZONE));
		QualityReport report = compute(month, Scope.MONTH, Units.NONE);
		Set<Long> ids = departments.stream().map(DepartmentSummary::id).collect(Collectors.toSet());
		List<QualityFigures> figures = departments.isEmpty() ? List.of(report.total())
				: report.departments()
					.stream()
					.filter((d) -> ids.contains(d.id()))
					.map(DepartmentQuality::figures)
					.toList();
		OwnFigures own = new OwnFigures(month, departments.stream().map(DepartmentSummary::code).toList(), Share.NONE,
				Share.NONE, Share.NONE, Share.NONE, this.settings);
		for (QualityFigures f : figures) {
			own = own.plus(f);
		}
		return own;
	}

	/**
	 * The target share of each standard.
	 * @return the settings
	 */
	public QualitySettings targets() {
		return this.settings;
	}

	private static void checkMayRead(CurrentUser user) {
		ForbiddenException.unless(user.may().quality(),
				"the quality measures are for managers, consultants and administrators");
	}

	static QualityReport visibleTo(CurrentUser user, QualityReport report) {
		return user.seesEveryDepartment() ? report : report.restrictedTo(user.departmentId());
	}

	Period period(YearMonth month, Scope scope) {
		return period(month, scope, LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE)));
	}

	private static Period period(YearMonth month, Scope scope, LocalDate today) {
		try {
			Period year = Period.of(month, today);
			return (scope == Scope.MONTH) ? new Period(month.atDay(1), year.end()) : year;
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Quality", month);
		}
	}

	/**
	 * The report of a period, for every department: computed, or as computed before while
	 * neither its data nor the clock has changed it. Its data: the database's quality
	 * revision (V160), counted up by every change of a phase instance, a slot, its
	 * history, a follow-up review, a department or a unit. The clock: a kept report holds
	 * from the moment it was computed until the next deadline in the period passes or the
	 * day ends (ages and due dates are counted in days), so a clock moved back computes
	 * afresh too.
	 * @param month the month
	 * @param scope the month alone or the year to date
	 * @param units the units told apart
	 * @return the report
	 */
	QualityReport compute(YearMonth month, Scope scope, Units units) {
		// the revision first: a report computed from newer data than its key says is
		// merely recomputed after the next change, never reused past one
		long revision = revision();
		return kept(this.reports, new ReportKey(month, scope, units, revision),
				(now) -> keep(month, scope, units, now));
	}

	/**
	 * A kept value if it holds now, else computed afresh; once for all who ask at the
	 * same time: the others wait for it (at volume a year takes seconds, and sixteen
	 * requests computing it side by side each took sixteen times as long). The clock is
	 * read once the wait is over: read before it, a computation finished meanwhile looks
	 * like one from the future (an earlier moment computes afresh), and every waiting
	 * request computed it again, one after the other.
	 */
	private <K, T> T kept(Cache<K, Kept<T>> cache, K key, Function<Instant, Kept<T>> computeAt) {
		return cache.asMap().compute(key, (k, kept) -> {
			Instant now = this.clock.instant();
			return (kept != null && kept.holdsAt(now)) ? kept : computeAt.apply(now);
		}).value();
	}

	/**
	 * The trend's months, kept like the reports: under the quality revision, from the
	 * moment they were computed until a deadline in them passes or the day ends.
	 */
	private List<TrendPoint> keptTrend(YearMonth first, YearMonth last, Long departmentId) {
		long revision = revision();
		Instant from = first.atDay(1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
		Instant to = last.plusMonths(1).atDay(1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
		return kept(this.trends, new TrendKey(first, last, departmentId, revision), (now) -> {
			Map<YearMonth, PhaseFigures.MonthRow> rows = this.phases.trend(from, to, now, departmentId)
				.stream()
				.collect(Collectors.toMap(PhaseFigures.MonthRow::month, Function.identity()));
			return new Kept<>(points(first, last, rows), now, validUntil(to, now));
		});
	}

	private long revision() {
		return this.jdbc.sql("select revision from quality_revision where id = 1").query(Long.class).single();
	}

	/** The first moment after now at which the clock alone can change a figure. */
	private Instant validUntil(Instant to, Instant now) {
		Instant midnight = LocalDate.ofInstant(now, ClockConfiguration.ZONE)
			.plusDays(1)
			.atStartOfDay(ClockConfiguration.ZONE)
			.toInstant();
		Instant next = this.phases.nextChange(to, now);
		return (next != null && next.isBefore(midnight)) ? next : midnight;
	}

	/** Computes a report and how long it holds for. */
	private Kept<QualityReport> keep(YearMonth month, Scope scope, Units units, Instant now) {
		Period period = period(month, scope, LocalDate.ofInstant(now, ClockConfiguration.ZONE));
		Instant until = validUntil(end(period), now);
		return new Kept<>(computeNow(month, scope, period, units, now), now, until);
	}

	private QualityReport computeNow(YearMonth month, Scope scope, Period period, Units told, Instant now) {
		List<PhaseFigures.Row> rows = this.phases.measures(start(period), end(period), now, told);
		Map<Long, Share> reviews = new HashMap<>();
		Share totalReviews = Share.NONE;
		for (FollowUpFigures.Row row : this.followUps.figures(period.start(), period.end(),
				LocalDate.ofInstant(now, ClockConfiguration.ZONE))) {
			if (row.departmentId() == null) {
				totalReviews = new Share(row.due(), row.met());
			}
			else {
				reviews.put(row.departmentId(), new Share(row.due(), row.met()));
			}
		}
		Map<Long, PhaseFigures.Row> byDepartment = new HashMap<>();
		Map<Long, List<PhaseFigures.Row>> unitRows = new HashMap<>();
		PhaseFigures.Row total = null;
		for (PhaseFigures.Row row : rows) {
			if (row.departmentId() == null) {
				total = row;
			}
			else if (row.unitId() == null) {
				byDepartment.put(row.departmentId(), row);
			}
			else {
				unitRows.computeIfAbsent(row.departmentId(), (d) -> new ArrayList<>()).add(row);
			}
		}
		// the names of the units told apart only (at national volume all are 3,000)
		Map<Long, UnitSummary> units = this.organisation
			.units(unitRows.values().stream().flatMap(List::stream).map(PhaseFigures.Row::unitId).toList())
			.stream()
			.collect(Collectors.toMap(UnitSummary::id, Function.identity()));
		List<DepartmentQuality> departments = new ArrayList<>();
		for (DepartmentSummary department : this.organisation.allDepartments()) {
			PhaseFigures.Row row = byDepartment.get(department.id());
			Share review = reviews.getOrDefault(department.id(), Share.NONE);
			if (!department.active() && row == null && review.due() == 0) {
				continue;
			}
			List<UnitQuality> unitList = unitRows.getOrDefault(department.id(), List.of())
				.stream()
				.map((u) -> new UnitQuality(u.unitId(), units.get(u.unitId()).name(), QualityFigures.of(u, null)))
				.sorted(Comparator.comparing(UnitQuality::name))
				.toList();
			departments.add(new DepartmentQuality(department.id(), department.code(), department.name(),
					QualityFigures.of(row, review), unitList));
		}
		return new QualityReport(month.getYear(), month.getMonthValue(), scope, period.start(), period.end(),
				List.copyOf(departments), QualityFigures.of(total, totalReviews), this.municipality.code(),
				this.settings);
	}

	/**
	 * What a kept report was computed for: the month, the scope, the units told apart and
	 * the revision.
	 */
	private record ReportKey(YearMonth month, Scope scope, Units units, long revision) {
	}

	/**
	 * What a kept trend was computed for: its months, the department and the revision.
	 */
	private record TrendKey(YearMonth first, YearMonth last, Long departmentId, long revision) {
	}

	/**
	 * A report or trend as computed, and the moments it holds for: from when it was
	 * computed until the first moment the clock alone can change a figure.
	 */
	private record Kept<T>(T value, Instant computedAt, Instant validUntil) {

		boolean holdsAt(Instant now) {
			return !now.isBefore(this.computedAt) && now.isBefore(this.validUntil);
		}

	}

}
