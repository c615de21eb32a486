package dk.pladsflow.outcome;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.outcome.OutcomeReport.DepartmentOutcomes;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.placement.Sector;
import dk.pladsflow.shared.csv.CsvFile;
import dk.pladsflow.shared.csv.CsvFileException;
import dk.pladsflow.shared.csv.CsvValues;
import dk.pladsflow.shared.csv.ImportRejectedException;
import dk.pladsflow.shared.csv.RowErrors;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.shared.web.Years;
import dk.pladsflow.user.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	// Per placement that ended in the period: the days its citizen's spells cover (and
	// cover with JOB or EDUCATION) in the third calendar month after the end month, and
	// the days known and on BENEFIT in the 364 days before the start and the 182 days
	// after the end. Spells count only up to yesterday (an open spell says nothing about
	// the future). Then summed per department, scheme and sector and per scheme and
	// sector (grouping sets) — no placement is loaded into memory.
	private static final String OUTCOMES = """
			with ended as (
			  select p.department_id, p.scheme, p.sector, p.start_date, p.end_date, p.citizen_ref,
			    (date_trunc('month', p.end_date) + interval '3 months')::date as month_start,
			    (date_trunc('month', p.end_date) + interval '4 months' - interval '1 day')::date as month_end
			  from placement_outcome_source p
			  where p.end_date between :periodStart and :periodEnd
			), judged as (
			  select e.department_id, e.scheme, e.sector,
			    e.month_end >= :today as pending,
			    e.month_end - e.month_start + 1 as month_days,
			    coalesce(d.month_known, 0) as month_known,
			    coalesce(d.month_work, 0) as month_work,
			    coalesce(d.before_known, 0) as before_known,
			    coalesce(d.before_benefit, 0) as before_benefit,
			    coalesce(d.after_known, 0) as after_known,
			    coalesce(d.after_benefit, 0) as after_benefit
			  from ended e
			  left join lateral (
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
			        and c.start_date <= greatest(e.month_end, e.end_date + 182)
			        and coalesce(c.end_date, 'infinity') >= e.start_date - 364
			    ) s
			  ) d on true
			), rated as (
			  select j.*,
			    10 * j.before_known >= 9 * 364 and 10 * j.after_known >= 9 * 182 as effect_known,
			    case when j.before_known > 0 and j.after_known > 0 then
			      100.0 * ((j.after_known - j.after_benefit)::numeric / j.after_known
			               - (j.before_known - j.before_benefit)::numeric / j.before_known)
			    end as effect
			  from judged j
			)
			select grouping(department_id) = 1 as total, department_id, scheme, sector,
			  count(*) as ended,
			  count(*) filter (where pending) as pending,
			  count(*) filter (where not pending and 2 * month_known >= month_days) as known,
			  count(*) filter (where not pending and 2 * month_work >= month_days) as in_work,
			  count(*) filter (where effect_known) as effect_basis,
			  avg(effect) filter (where effect_known) as effect
			from rated
			group by grouping sets ((department_id, scheme, sector), (scheme, sector))""";

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	private final CitizenService citizens;

	private final PlacementService placements;

	private final OrganisationService organisation;

	private final Clock clock;

	OutcomeService(JdbcTemplate jdbc, JdbcClient client, CitizenService citizens, PlacementService placements,
			OrganisationService organisation, Clock clock) {
		this.jdbc = jdbc;
		this.client = client;
		this.citizens = citizens;
		this.placements = placements;
		this.organisation = organisation;
		this.clock = clock;
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
	 * The outcomes of the placements that ended in a year.
	 * @param user who asks: a manager (a department manager sees their department only),
	 * consultant or administrator
	 * @param year the year
	 * @return the report
	 */
	public OutcomeReport outcomes(CurrentUser user, int year) {
		if (!user.may().status()) {
			throw new ForbiddenException("the outcomes are for managers, consultants and administrators");
		}
		if (!Years.isValid(year)) {
			throw new NotFoundException("Outcomes", year);
		}
		OutcomeReport report = compute(year);
		return user.seesEveryDepartment() ? report : report.restrictedTo(user.departmentId());
	}

	/**
	 * The outcomes of a year for the municipality and every department (an active one, or
	 * one with placements that ended in the year).
	 * @param year the year
	 * @return the report
	 */
	private OutcomeReport compute(int year) {
		Map<String, Outcome> total = new HashMap<>();
		Map<Long, Map<String, Outcome>> byDepartment = new HashMap<>();
		LocalDate today = LocalDate.now(this.clock);
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
				if (rs.getBoolean("total")) {
					total.put(key(scheme, sector), outcome);
				}
				else {
					byDepartment.computeIfAbsent(rs.getLong("department_id"), (d) -> new HashMap<>())
						.put(key(scheme, sector), outcome);
				}
			});
		List<DepartmentOutcomes> departments = new ArrayList<>();
		for (DepartmentSummary department : this.organisation.allDepartments()) {
			Map<String, Outcome> rows = byDepartment.get(department.id());
			if (department.active() || rows != null) {
				departments.add(new DepartmentOutcomes(department.id(), department.code(), department.name(),
						ordered((rows != null) ? rows : Map.of())));
			}
		}
		return new OutcomeReport(year, ordered(total), departments, true);
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

}
