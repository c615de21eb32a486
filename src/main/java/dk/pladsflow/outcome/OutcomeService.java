package dk.pladsflow.outcome;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.citizen.CitizenSummary;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.outcome.OutcomeReport.DepartmentOutcomes;
import dk.pladsflow.outcome.OutcomeReport.TrendMonth;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.placement.Sector;
import dk.pladsflow.shared.csv.CsvFile;
import dk.pladsflow.shared.csv.CsvFileException;
import dk.pladsflow.shared.csv.CsvValues;
import dk.pladsflow.shared.csv.ImportRejectedException;
import dk.pladsflow.shared.csv.RowErrors;
import dk.pladsflow.shared.database.ReportMemory;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.shared.web.PageNumbers;
import dk.pladsflow.shared.web.Years;
import dk.pladsflow.user.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outcomes' facade: the import of the citizens' status spells (administrators) and
 * the outflow and effect of the placements that ended in a year (managers, consultants,
 * administrators), computed in SQL. Definitions: {@code docs/outcomes.md}.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeService {

	/** The spells file's columns. */
	static final List<String> IMPORT_COLUMNS = List.of("citizen", "status", "start", "end");

	// The file's window per citizen: from its earliest start to its latest end (open if a
	// spell is still going). Stored spells of that citizen that reach into the window
	// are replaced: their parts outside it are kept as new rows, then they are deleted.
	private static final String WINDOWS = """
			select w.citizen_ref, w.first_day::date as first_day, w.last_day::date as last_day
			from unnest(?::text[], ?::text[], ?::text[]) as w(citizen_ref, first_day, last_day)""";

	private static final String KEEP_OUTSIDE = """
			insert into citizen_status_spell (citizen_ref, status, start_date, end_date, imported_at)
			select s.citizen_ref, s.status, s.start_date, w.first_day - 1, s.imported_at
			from citizen_status_spell s join (%1$s) w on w.citizen_ref = s.citizen_ref
			where s.start_date < w.first_day and coalesce(s.end_date, 'infinity') >= w.first_day
			union all
			select s.citizen_ref, s.status, w.last_day + 1, s.end_date, s.imported_at
			from citizen_status_spell s join (%1$s) w on w.citizen_ref = s.citizen_ref
			where w.last_day is not null and s.start_date <= w.last_day
			  and coalesce(s.end_date, 'infinity') > w.last_day""".formatted(WINDOWS);

	private static final String DELETE_COVERED = """
			delete from citizen_status_spell s using (%s) w
			where w.citizen_ref = s.citizen_ref and s.start_date <= coalesce(w.last_day, 'infinity')
			  and coalesce(s.end_date, 'infinity') >= w.first_day""".formatted(WINDOWS);

	private static final String INSERT = """
			insert into citizen_status_spell (citizen_ref, status, start_date, end_date, imported_at)
			values (?, ?, ?, ?, ?)""";

	// One placement's (e: its row of placement_outcome_days, V180) days: those its
	// citizen's spells cover (and cover with JOB or EDUCATION) in the third calendar
	// month
	// after the end month, and those known and on BENEFIT in the 364 days before the
	// start
	// and the 182 days after the end. Spells count only up to yesterday (an open spell
	// says nothing about the future).
	private static final String DAYS = """
			select
			  sum(greatest(0, least(s.last_day, e.month_end) - greatest(s.start_date, e.month_start) + 1)) as month_known,
			  sum(greatest(0, least(s.last_day, e.month_end) - greatest(s.start_date, e.month_start) + 1))
			    filter (where s.status in ('JOB', 'EDUCATION')) as month_work,
			  sum(greatest(0, least(s.last_day, e.start_date - 1) - greatest(s.start_date, e.start_date - 364) + 1)) as before_known,
			  sum(greatest(0, least(s.last_day, e.start_date - 1) - greatest(s.start_date, e.start_date - 364) + 1))
			    filter (where s.status = 'BENEFIT') as before_benefit,
			  sum(greatest(0, least(s.last_day, e.end_date + 182) - greatest(s.start_date, e.end_date + 1) + 1)) as after_known,
			  sum(greatest(0, least(s.last_day, e.end_date + 182) - greatest(s.start_date, e.end_date + 1) + 1))
			    filter (where s.status = 'BENEFIT') as after_benefit
			from (
			  select c.start_date, c.status, least(coalesce(c.end_date, 'infinity'), :yesterday) as last_day
			  from citizen_status_spell c
			  where c.citizen_ref = e.citizen_ref
			    and c.start_date <= e.window_end
			    and coalesce(c.end_date, 'infinity') >= e.start_date - 364
			) s""";

	// Whether a placement's kept counts (k) hold for the day after :yesterday: counted
	// through yesterday, or through a day when all its windows lay in the past (V180).
	private static final String COUNTS_HOLD = """
			coalesce(k.counted_through = :yesterday
			  or (k.counted_through >= k.window_end and :yesterday >= k.window_end), false)""";

	// A placement's row, as the report reads it
	private static final String ROW = """
			k.placement_id as id, k.department_id, k.scheme, k.sector, k.start_date, k.end_date, k.citizen_ref,
			  k.month_start, k.month_end""";

	// Per placement that ended in the period (and, for the drill-down, matches its
	// filters, on k): its days, kept (V180) where they hold, else counted now, and what
	// that makes of it (pending, known, in work, in the effect's basis, and its effect if
	// it is in the basis). The placements counted now are taken in the order of their
	// citizens, so that the look-ups walk the spells' index in its order (at scale 20 the
	// index is 2.3 GB). The report and the drill-down read the same rows, so a figure and
	// the list behind it cannot disagree.
	private static final String JUDGED = """
			with days as (
			  select %1$s,
			    k.month_known, k.month_work, k.before_known, k.before_benefit, k.after_known, k.after_benefit
			  from placement_outcome_days k
			  where k.end_date between :periodStart and :periodEnd%%1$s and %2$s
			  union all
			  select e.id, e.department_id, e.scheme, e.sector, e.start_date, e.end_date, e.citizen_ref,
			    e.month_start, e.month_end,
			    d.month_known, d.month_work, d.before_known, d.before_benefit, d.after_known, d.after_benefit
			  from (
			    select %1$s, k.window_end
			    from placement_outcome_days k
			    where k.end_date between :periodStart and :periodEnd%%1$s and not %2$s
			    order by k.citizen_ref
			  ) e
			  left join lateral (%3$s) d on true
			), judged as (
			  select e.id, e.department_id, e.scheme, e.sector, e.start_date, e.end_date, e.citizen_ref,
			    date_part('month', e.end_date)::int as end_month, e.month_start,
			    e.month_end >= :today as pending,
			    e.month_end - e.month_start + 1 as month_days,
			    coalesce(e.month_known, 0) as month_known,
			    coalesce(e.month_work, 0) as month_work,
			    coalesce(e.before_known, 0) as before_known,
			    coalesce(e.before_benefit, 0) as before_benefit,
			    coalesce(e.after_known, 0) as after_known,
			    coalesce(e.after_benefit, 0) as after_benefit
			  from days e
			), rated as (
			  select j.*,
			    not j.pending and 2 * j.month_known >= j.month_days as known,
			    not j.pending and 2 * j.month_work >= j.month_days as in_work,
			    10 * j.before_known >= 9 * 364 and 10 * j.after_known >= 9 * 182 as effect_known,
			    case when 10 * j.before_known >= 9 * 364 and 10 * j.after_known >= 9 * 182 then
			      100.0 * ((j.after_known - j.after_benefit)::numeric / j.after_known
			               - (j.before_known - j.before_benefit)::numeric / j.before_known)
			    end as effect
			  from judged j
			)
			""".formatted(ROW, COUNTS_HOLD, DAYS);

	// One batch of the job outcome-days: the next rows in citizen order whose counts do
	// not hold, counted, and stored where the row still has the version that was read
	// (a change of the placement or the spells meanwhile wins). Says how many rows it
	// took, how many it stored, and the last it took.
	private static final String KEEP_DAYS = """
			with todo as (
			  select k.placement_id, k.version, k.citizen_ref, k.start_date, k.end_date, k.month_start, k.month_end,
			    k.window_end
			  from placement_outcome_days k
			  where (k.citizen_ref, k.placement_id) > (:afterCitizen, :afterPlacement) and not %1$s
			  order by k.citizen_ref, k.placement_id
			  limit :batch
			), counted as (
			  select e.placement_id, e.version, d.*
			  from todo e left join lateral (%2$s) d on true
			), stored as (
			  update placement_outcome_days k set counted_through = :yesterday,
			    month_known = coalesce(c.month_known, 0), month_work = coalesce(c.month_work, 0),
			    before_known = coalesce(c.before_known, 0), before_benefit = coalesce(c.before_benefit, 0),
			    after_known = coalesce(c.after_known, 0), after_benefit = coalesce(c.after_benefit, 0)
			  from counted c
			  where k.placement_id = c.placement_id and k.version = c.version
			  returning 1
			), last as (
			  select citizen_ref, placement_id from todo order by citizen_ref desc, placement_id desc limit 1
			)
			select (select count(*) from todo) as taken, (select count(*) from stored) as stored,
			  l.citizen_ref, l.placement_id
			from (select 1) one left join last l on true""".formatted(COUNTS_HOLD, DAYS);

	/** The rows the job counts in one transaction. */
	static final int KEEP_BATCH = 20_000;

	// Summed per department, end month, scheme and sector first (a few hundred rows),
	// then
	// those sums per department, scheme and sector, per scheme and sector, and per end
	// month (grouping sets): no placement is loaded into memory, and each placement is
	// hashed once. The average effect is the sum of the effects over their count, which
	// is what avg() computes.
	private static final String OUTCOMES = JUDGED.formatted("") + """
			, sums as (
			  select department_id, end_month, scheme, sector,
			    count(*) as ended,
			    count(*) filter (where pending) as pending,
			    count(*) filter (where known) as known,
			    count(*) filter (where in_work) as in_work,
			    count(*) filter (where effect_known) as effect_basis,
			    sum(effect) filter (where effect_known) as effect_sum
			  from rated
			  group by department_id, end_month, scheme, sector
			)
			select grouping(department_id) = 1 as total, grouping(end_month) = 1 as whole_year,
			  department_id, end_month, scheme, sector,
			  sum(ended) as ended, sum(pending) as pending, sum(known) as known, sum(in_work) as in_work,
			  sum(effect_basis) as effect_basis, sum(effect_sum) / nullif(sum(effect_basis), 0) as effect
			from sums
			group by grouping sets ((department_id, scheme, sector), (scheme, sector),
			  (department_id, end_month, scheme, sector), (end_month, scheme, sector))""";

	// One page of the judged placements that a figure counts ({@link Figure#condition}),
	// with how many there are in all.
	private static final String PLACEMENTS = """
			select id, department_id, scheme, sector, start_date, end_date, citizen_ref, month_start, month_days,
			  month_known, month_work, pending, known, in_work, effect_known, effect, count(*) over () as total
			from rated
			where %s
			order by end_date, id
			limit :limit offset :offset""";

	private static final int PAGE_SIZE = 50;

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	private final CitizenService citizens;

	private final PlacementService placements;

	private final OrganisationService organisation;

	private final Clock clock;

	private final TransactionTemplate transaction;

	/**
	 * Reports as computed, for every department, until the placements, the spells or the
	 * departments change (the database's outcome revision, V155) or the day does.
	 */
	private final Cache<ReportKey, OutcomeReport> reports = Caffeine.newBuilder().maximumSize(16).build();

	OutcomeService(JdbcTemplate jdbc, JdbcClient client, CitizenService citizens, PlacementService placements,
			OrganisationService organisation, Clock clock, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.client = client;
		this.citizens = citizens;
		this.placements = placements;
		this.organisation = organisation;
		this.clock = clock;
		this.transaction = transaction;
	}

	/**
	 * Refuses anyone who may not import the citizens' status (the import page, before a
	 * file is chosen).
	 * @param user who asks: an administrator
	 */
	public void checkMayImport(CurrentUser user) {
		user.checkAdminister();
	}

	/**
	 * Imports a spells file: every row valid and all saved, or nothing saved. The file
	 * replaces, for each citizen in it, the stored spells between that citizen's earliest
	 * start and latest end in the file (to the end of time, if one is still going), so
	 * loading the same file again changes nothing.
	 * @param user who imports: an administrator
	 * @param content the CSV file
	 * @return the number of spells imported
	 * @throws CsvFileException if the file as a whole cannot be read
	 * @throws ImportRejectedException with every bad row, if there is one
	 */
	@Transactional
	public int importCsv(CurrentUser user, byte[] content) {
		checkMayImport(user);
		CsvFile file = CsvFile.read(new ByteArrayInputStream(content), IMPORT_COLUMNS, List.of());
		RowErrors errors = file.errors();
		List<Spell> spells = new ArrayList<>();
		for (CsvFile.Row row : file.rows()) {
			long line = row.line();
			int before = errors.size();
			String citizen = row.get("citizen");
			if (citizen.isEmpty() || citizen.length() > 50) {
				errors.add(line, "import.citizen.invalid");
			}
			SpellStatus status = SpellStatus.parse(row.get("status")).orElse(null);
			if (status == null) {
				errors.add(line, "outcome.import.status.unknown", row.get("status"));
			}
			CsvValues.Dates dates = CsvValues.dates(row, errors);
			LocalDate start = dates.start();
			LocalDate end = dates.end();
			if (errors.size() == before) {
				spells.add(new Spell(line, citizen, status, start, end));
			}
		}
		checkCitizensKnown(spells, errors);
		Map<String, Window> windows = windows(spells, errors);
		errors.rejectIfAny();
		replace(windows, spells);
		return spells.size();
	}

	private void checkCitizensKnown(List<Spell> spells, RowErrors errors) {
		Set<String> refs = new HashSet<>();
		spells.forEach((s) -> refs.add(s.citizen()));
		Set<String> known = new HashSet<>(this.citizens.registeredAmong(refs));
		refs.removeAll(known);
		known.addAll(this.placements.withPlacements(refs));
		spells.stream()
			.filter((s) -> !known.contains(s.citizen()))
			.forEach((s) -> errors.add(s.line(), "outcome.import.citizen.unknown", s.citizen()));
	}

	/**
	 * Each citizen's window in the file; two spells of one citizen that overlap are an
	 * error (a day has one status).
	 */
	private static Map<String, Window> windows(List<Spell> spells, RowErrors errors) {
		Map<String, List<Spell>> byCitizen = new LinkedHashMap<>();
		spells.forEach((s) -> byCitizen.computeIfAbsent(s.citizen(), (k) -> new ArrayList<>()).add(s));
		Map<String, Window> windows = new HashMap<>();
		byCitizen.forEach((citizen, own) -> {
			own.sort(Comparator.comparing(Spell::start).thenComparingLong(Spell::line));
			// the spell reaching furthest so far: the next one must start after its end
			Spell reach = null;
			for (Spell spell : own) {
				if (reach != null && (reach.end() == null || !reach.end().isBefore(spell.start()))) {
					errors.add(spell.line(), "outcome.import.overlap", reach.line());
				}
				if (reach == null
						|| (reach.end() != null && (spell.end() == null || spell.end().isAfter(reach.end())))) {
					reach = spell;
				}
			}
			LocalDate first = own.get(0).start();
			LocalDate last = own.stream().anyMatch((s) -> s.end() == null) ? null
					: own.stream().map(Spell::end).max(Comparator.naturalOrder()).orElseThrow();
			windows.put(citizen, new Window(first, last));
		});
		return windows;
	}

	private void replace(Map<String, Window> windows, List<Spell> spells) {
		if (spells.isEmpty()) {
			return;
		}
		String[] refs = windows.keySet().toArray(String[]::new);
		String[] firsts = new String[refs.length];
		String[] lasts = new String[refs.length];
		for (int i = 0; i < refs.length; i++) {
			Window window = windows.get(refs[i]);
			firsts[i] = window.first().toString();
			lasts[i] = (window.last() != null) ? window.last().toString() : null;
		}
		Object[] twice = { refs, firsts, lasts, refs, firsts, lasts };
		this.jdbc.update(KEEP_OUTSIDE, twice);
		this.jdbc.update(DELETE_COVERED, refs, firsts, lasts);
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<Object[]> rows = spells.stream()
			.map((s) -> new Object[] { s.citizen(), s.status().name(), Date.valueOf(s.start()),
					(s.end() != null) ? Date.valueOf(s.end()) : null, now })
			.toList();
		this.jdbc.batchUpdate(INSERT, rows,
				new int[] { Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE });
	}

	/**
	 * Counts the days of every placement whose kept counts do not hold for today, and
	 * keeps them (job {@code outcome-days}; rules in V180 and {@code docs/outcomes.md}):
	 * in batches of {@value #KEEP_BATCH} rows in citizen order, each in its own
	 * transaction, so that no placement change waits long for it; then vacuums the table
	 * where it stored any. No figure changes by it, only the time a report takes.
	 * @return the number of rows whose counts were stored
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int keepDays() {
		LocalDate yesterday = LocalDate.now(this.clock).minusDays(1);
		Batch batch = new Batch(0, 0, "", 0L);
		int stored = 0;
		do {
			Batch after = batch;
			batch = this.transaction.execute((tx) -> {
				ReportMemory.raise(this.client);
				return this.client.sql(KEEP_DAYS)
					.param("yesterday", yesterday)
					.param("afterCitizen", after.citizen())
					.param("afterPlacement", after.placement())
					.param("batch", KEEP_BATCH)
					.query((rs, n) -> new Batch(rs.getInt("taken"), rs.getInt("stored"), rs.getString("citizen_ref"),
							rs.getLong("placement_id")))
					.single();
			});
			stored += batch.stored();
		}
		while (batch.taken() == KEEP_BATCH);
		if (stored > 0) {
			// the report reads the rows from their index alone only where their pages are
			// marked all-visible; a day's recount (a sixth of the rows at scale 20)
			// cleared
			// that until autovacuum came by, and the year took 1.5 s instead of 0.4 s
			this.client.sql("vacuum placement_outcome_days").update();
		}
		return stored;
	}

	/**
	 * The outcomes of the placements that ended in a year.
	 * @param user who asks: a manager (a department manager sees their department only),
	 * consultant or administrator
	 * @param year the year
	 * @return the report
	 */
	public OutcomeReport outcomes(CurrentUser user, int year) {
		checkMayRead(user);
		if (!Years.isValid(year)) {
			throw new NotFoundException("Outcomes", year);
		}
		OutcomeReport report = compute(year);
		return user.seesEveryDepartment() ? report : report.restrictedTo(user.departmentId());
	}

	/**
	 * The placements behind a figure of the outcomes, one page of them in the order they
	 * ended, filtered and paged in SQL with the very conditions the figures count by.
	 * @param user who asks: as for {@link #outcomes}; a department manager sees only
	 * their department's placements
	 * @param filter which placements
	 * @param page the page, from 0
	 * @return the page, citizens masked
	 * @throws NotFoundException for a year or month out of range, or a department that is
	 * not there (for a reader who sees every department)
	 * @throws ForbiddenException for another department than a department manager's own
	 */
	public Page<OutcomePlacement> placements(CurrentUser user, OutcomeFilter filter, int page) {
		checkMayRead(user);
		Integer month = filter.month();
		if (!Years.isValid(filter.year()) || (month != null && (month < 1 || month > 12))) {
			throw new NotFoundException("Outcomes", filter.year());
		}
		List<DepartmentSummary> departments = this.organisation.allDepartments();
		Map<Long, String> codes = new HashMap<>();
		departments.forEach((d) -> codes.put(d.id(), d.code()));
		Long department = departmentOf(user, filter.department(), departments);
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		if (department != null) {
			where.append(" and k.department_id = :department");
			params.put("department", department);
		}
		if (filter.scheme() != null) {
			where.append(" and k.scheme = :scheme");
			params.put("scheme", filter.scheme().name());
		}
		if (filter.sector() != null) {
			where.append(" and k.sector = :sector");
			params.put("sector", filter.sector().name());
		}
		YearMonth first = YearMonth.of(filter.year(), (month != null) ? month : 1);
		YearMonth last = YearMonth.of(filter.year(), (month != null) ? month : 12);
		LocalDate today = LocalDate.now(this.clock);
		Pageable pageable = PageNumbers.of(page, PAGE_SIZE);
		params.put("periodStart", first.atDay(1));
		params.put("periodEnd", last.atEndOfMonth());
		params.put("today", today);
		params.put("yesterday", today.minusDays(1));
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		long[] total = { 0 };
		List<OutcomePlacement> rows = this.client
			.sql(JUDGED.formatted(where) + PLACEMENTS.formatted(filter.figure().condition))
			.params(params)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				OutcomePlacement.Result result = rs.getBoolean("pending") ? OutcomePlacement.Result.PENDING
						: !rs.getBoolean("known") ? OutcomePlacement.Result.UNKNOWN : rs.getBoolean("in_work")
								? OutcomePlacement.Result.IN_JOB_OR_EDUCATION : OutcomePlacement.Result.OTHER;
				BigDecimal effect = rs.getBoolean("effect_known") ? rs.getBigDecimal("effect") : null;
				return new OutcomePlacement(rs.getLong("id"), codes.get(rs.getLong("department_id")),
						Scheme.valueOf(rs.getString("scheme")), Sector.valueOf(rs.getString("sector")),
						rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
						rs.getString("citizen_ref"), null, null,
						YearMonth.from(rs.getObject("month_start", LocalDate.class)), rs.getInt("month_days"),
						rs.getInt("month_known"), rs.getInt("month_work"), result,
						(effect != null) ? effect.setScale(1, RoundingMode.HALF_UP) : null);
			})
			.list();
		Map<String, CitizenSummary> citizens = this.citizens
			.summariesByCaseReference(rows.stream().map(OutcomePlacement::caseReference).distinct().toList());
		List<OutcomePlacement> named = rows.stream().map((r) -> {
			CitizenSummary citizen = citizens.get(r.caseReference());
			return (citizen == null) ? r : r.withCitizen(citizen.name(), citizen.maskedCpr());
		}).toList();
		return new PageImpl<>(named, pageable, total[0]);
	}

	/**
	 * The departments a user may narrow the drill-down to.
	 * @param user who asks
	 * @return every department (a department manager: their own)
	 */
	public List<DepartmentSummary> departments(CurrentUser user) {
		checkMayRead(user);
		return this.organisation.allDepartments()
			.stream()
			.filter((d) -> user.seesEveryDepartment() || d.id() == user.departmentId())
			.toList();
	}

	/**
	 * The department a drill-down is narrowed to.
	 * @param user who asks
	 * @param code a department's code, or null
	 * @param departments every department
	 * @return its id; null for every department
	 */
	private static Long departmentOf(CurrentUser user, String code, List<DepartmentSummary> departments) {
		if (code == null) {
			return user.seesEveryDepartment() ? null : user.departmentId();
		}
		DepartmentSummary department = departments.stream()
			.filter((d) -> d.code().equalsIgnoreCase(code))
			.findFirst()
			.orElse(null);
		if (user.seesEveryDepartment()) {
			if (department == null) {
				throw new NotFoundException("Department", code);
			}
			return department.id();
		}
		if (department == null || department.id() != user.departmentId()) {
			throw new ForbiddenException("a department manager sees only their own department's outcomes");
		}
		return department.id();
	}

	private static void checkMayRead(CurrentUser user) {
		ForbiddenException.unless(user.may().status(), "the outcomes are for managers, consultants and administrators");
	}

	/**
	 * One department of a report, checked against what the user may see.
	 * @param report the report
	 * @param user who asks
	 * @param code the department's code, any case
	 * @return the department
	 * @throws NotFoundException for a code that is not in the report, for a reader who
	 * sees every department
	 * @throws ForbiddenException for any other department than a department manager's
	 */
	static DepartmentOutcomes department(OutcomeReport report, CurrentUser user, String code) {
		for (DepartmentOutcomes d : report.departments()) {
			if (d.code().equalsIgnoreCase(code.trim())) {
				return d;
			}
		}
		throw user.seesEveryDepartment() ? new NotFoundException("Department", code)
				: new ForbiddenException("a department manager sees only their own department's outcomes");
	}

	/**
	 * The outcomes of a year for the municipality and every department (an active one, or
	 * one with placements that ended in the year): computed, or as computed before while
	 * neither the day nor anything it is made of has changed.
	 * @param year the year
	 * @return the report
	 */
	private OutcomeReport compute(int year) {
		LocalDate today = LocalDate.now(this.clock);
		// the revision first: a report computed from newer data than its key says is
		// merely recomputed after the next change, never reused past one
		long revision = this.client.sql("select revision from outcome_revision where id = 1")
			.query(Long.class)
			.single();
		return this.reports.get(new ReportKey(year, today, revision), (key) -> computeNow(year, today));
	}

	private OutcomeReport computeNow(int year, LocalDate today) {
		Map<String, Outcome> total = new HashMap<>();
		Map<Integer, Map<String, Outcome>> totalMonths = new HashMap<>();
		Map<Long, Map<String, Outcome>> byDepartment = new HashMap<>();
		Map<Long, Map<Integer, Map<String, Outcome>>> departmentMonths = new HashMap<>();
		ReportMemory.raise(this.client);
		this.client.sql(OUTCOMES)
			.param("periodStart", LocalDate.of(year, 1, 1))
			.param("periodEnd", LocalDate.of(year, 12, 31))
			.param("today", today)
			.param("yesterday", today.minusDays(1))
			.query((rs) -> {
				Scheme scheme = Scheme.valueOf(rs.getString("scheme"));
				Sector sector = Sector.valueOf(rs.getString("sector"));
				long known = rs.getLong("known");
				long inWork = rs.getLong("in_work");
				BigDecimal effect = rs.getBigDecimal("effect");
				Outcome outcome = new Outcome(scheme, sector, rs.getLong("ended"), known, rs.getLong("pending"), inWork,
						Outcome.percent(inWork, known),
						(effect != null) ? effect.setScale(1, RoundingMode.HALF_UP) : null, rs.getLong("effect_basis"));
				boolean wholeYear = rs.getBoolean("whole_year");
				int month = rs.getInt("end_month");
				Map<String, Outcome> rows;
				if (rs.getBoolean("total")) {
					rows = wholeYear ? total : totalMonths.computeIfAbsent(month, (m) -> new HashMap<>());
				}
				else {
					long department = rs.getLong("department_id");
					rows = wholeYear ? byDepartment.computeIfAbsent(department, (d) -> new HashMap<>())
							: departmentMonths.computeIfAbsent(department, (d) -> new HashMap<>())
								.computeIfAbsent(month, (m) -> new HashMap<>());
				}
				rows.put(key(scheme, sector), outcome);
			});
		List<DepartmentOutcomes> departments = new ArrayList<>();
		for (DepartmentSummary department : this.organisation.allDepartments()) {
			Map<String, Outcome> rows = byDepartment.get(department.id());
			if (department.active() || rows != null) {
				departments.add(new DepartmentOutcomes(department.id(), department.code(), department.name(),
						ordered((rows != null) ? rows : Map.of()),
						trend(departmentMonths.getOrDefault(department.id(), Map.of()))));
			}
		}
		return new OutcomeReport(year, ordered(total), trend(totalMonths), departments, true);
	}

	/**
	 * The twelve months of a trend (a placement whose end date is announced may end later
	 * this year), none ended where a month or a row is missing.
	 * @param rows the outcomes by month and {@link #key}
	 * @return the months
	 */
	static List<TrendMonth> trend(Map<Integer, Map<String, Outcome>> rows) {
		List<TrendMonth> trend = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			trend.add(new TrendMonth(month, ordered(rows.getOrDefault(month, Map.of()))));
		}
		return trend;
	}

	/**
	 * One outcome per scheme and sector, in their order; none ended where a row is
	 * missing.
	 * @param rows the outcomes by {@link #key}
	 * @return the outcomes
	 */
	static List<Outcome> ordered(Map<String, Outcome> rows) {
		List<Outcome> ordered = new ArrayList<>();
		for (Scheme scheme : Scheme.values()) {
			for (Sector sector : Sector.values()) {
				ordered.add(rows.getOrDefault(key(scheme, sector), Outcome.empty(scheme, sector)));
			}
		}
		return ordered;
	}

	private static String key(Scheme scheme, Sector sector) {
		return scheme + "/" + sector;
	}

	private record Spell(long line, String citizen, SpellStatus status, LocalDate start, LocalDate end) {
	}

	private record Window(LocalDate first, LocalDate last) {
	}

	/** One batch of {@link #keepDays()}: rows taken and stored, and the last taken. */
	private record Batch(int taken, int stored, String citizen, long placement) {
	}

	/**
	 * What a kept report was computed for: the year, the day (pending months and spells
	 * up to yesterday depend on it) and the outcome revision.
	 */
	private record ReportKey(int year, LocalDate today, long revision) {
	}

}
