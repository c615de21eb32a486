package dk.pladsflow.placement;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.shared.csv.CsvFile;
import dk.pladsflow.shared.csv.CsvFileException;
import dk.pladsflow.shared.csv.CsvValues;
import dk.pladsflow.shared.csv.ImportRejectedException;
import dk.pladsflow.shared.csv.RowErrors;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.shared.web.Years;
import dk.pladsflow.user.CurrentUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The placements' facade. {@link #register} and {@link #end} are for the slot flow (and
 * the registration page); consultants and administrators register, correct and import
 * placements by hand.
 * <p>
 * A placement is identified by department, scheme, citizen and start date: importing a
 * row with the same four values again corrects that placement (its end date, and its unit
 * where the row names one) instead of adding a second one.
 */
@Service
@Transactional(readOnly = true)
public class PlacementService {

	/** The placements import file's required columns. */
	static final List<String> IMPORT_REQUIRED = List.of("department", "scheme", "start", "end", "citizen");

	/**
	 * The placements import file's optional columns: the unit, and the sector (issue 14;
	 * empty or absent: municipal for a new placement, unchanged for one imported before).
	 */
	static final List<String> IMPORT_OPTIONAL = List.of("unit", "sector");

	private static final String UPSERT = """
			insert into placement (department_id, unit_id, scheme, start_date, end_date, citizen_ref, created_at, sector)
			values (?, ?, ?, ?, ?, ?, ?, coalesce(?, 'MUNICIPAL'))
			on conflict on constraint uk_placement_identity do update
			  set end_date = excluded.end_date,
			      unit_id = coalesce(excluded.unit_id, placement.unit_id),
			      sector = coalesce(?, placement.sector),
			      version = placement.version + 1
			  where placement.end_date is distinct from excluded.end_date
			     or (excluded.unit_id is not null and placement.unit_id is distinct from excluded.unit_id)
			     or placement.sector is distinct from coalesce(?, placement.sector)""";

	private final PlacementRepository placements;

	private final OrganisationService organisation;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PlacementService(PlacementRepository placements, OrganisationService organisation, JdbcTemplate jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.placements = placements;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Starts the placement of a filled slot ({@link PlacementAgreed}); does nothing if
	 * the slot's placement with that start date is registered already (a resubmitted
	 * event).
	 * @param agreed the completed agreement
	 * @return the placement's id
	 */
	@Transactional
	public long start(PlacementAgreed agreed) {
		return this.placements.findBySlotIdAndStartDate(agreed.slotId(), agreed.startDate())
			.map(Placement::getId)
			.orElseGet(() -> register(agreed.toData()));
	}

	/**
	 * The slot's placement with that start date, if it has started.
	 * @param slotId the slot
	 * @param startDate the agreed start
	 * @return the placement
	 */
	public Optional<PlacementSummary> ofSlot(long slotId, LocalDate startDate) {
		return this.placements.findBySlotIdAndStartDate(slotId, startDate).map(Placement::toSummary);
	}

	/**
	 * Sets the end of a slot's placement (the employer registers that it ends, or ended
	 * early). The slot is freed when the day has passed: by the slot module at once for a
	 * day that has passed, otherwise through {@link #announceEnded}.
	 * @param slotId the slot
	 * @param startDate the agreed start
	 * @param endDate the last day
	 * @return whether the placement was there (it starts just after the slot is filled)
	 */
	@Transactional
	public boolean endOfSlot(long slotId, LocalDate startDate, LocalDate endDate) {
		Optional<Placement> placement = this.placements.findBySlotIdAndStartDate(slotId, startDate);
		placement.ifPresent((p) -> p.end(endDate));
		return placement.isPresent();
	}

	/**
	 * Announces every slot's placement whose end date has passed and that was not
	 * announced yet: one statement marks them (a second run, or a second node running at
	 * the same moment, finds none: the row lock and the re-checked condition let each
	 * placement through once) and one {@link PlacementEnded} per placement is published
	 * in the same transaction, into the event publication registry.
	 * @param now the clock's now
	 * @return the placements announced now
	 */
	@Transactional
	public List<PlacementEnded> announceEnded(java.time.Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.ZONE);
		List<PlacementEnded> ended = this.jdbc.query("""
				update placement set end_announced_at = ?
				where slot_id is not null and end_announced_at is null and end_date is not null and end_date < ?
				returning id, slot_id, citizen_id, start_date, end_date""",
				(rs, n) -> new PlacementEnded(rs.getLong("id"), rs.getLong("slot_id"),
						(Long) rs.getObject("citizen_id", Long.class), rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class)),
				java.sql.Timestamp.from(now), java.sql.Date.valueOf(today));
		ended.forEach(this.events::publishEvent);
		return ended;
	}

	/**
	 * Registers a placement (the slot flow calls this when a slot is filled).
	 * @param data the placement
	 * @return its id
	 * @throws FieldRejectedException if the same placement is already registered, or the
	 * unit is not in the department
	 * @throws DoubleHireException if the citizen is in another wage-subsidy or internship
	 * placement in these days
	 */
	@Transactional
	public long register(PlacementData data) {
		DepartmentSummary department = this.organisation.department(data.departmentId());
		if (data.unitId() != null && this.organisation.unit(data.unitId()).departmentId() != department.id()) {
			throw new FieldRejectedException("unitId", "placement.unit.notInDepartment");
		}
		if (isRegistered(data)) {
			throw new FieldRejectedException("citizenRef", "placement.duplicate");
		}
		try {
			return this.placements.saveAndFlush(new Placement(data, this.clock.instant())).getId();
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains(DoubleHireException.CONSTRAINT)) {
				throw new DoubleHireException(ex);
			}
			throw ex;
		}
	}

	/**
	 * The placement that keeps a citizen from a wage-subsidy or internship placement in
	 * the given days, if there is one (no double hire; the database refuses an
	 * overlapping one anyway, V110). Answered from the exclusion constraint's index.
	 * @param citizenId the citizen
	 * @param from the first day
	 * @param to the last day, or null for an open end
	 * @return the first clashing placement, by start
	 */
	public Optional<PlacementClash> clash(long citizenId, LocalDate from, LocalDate to) {
		return this.jdbc.query("""
				select id, scheme, department_id, unit_id, slot_id, start_date, end_date from placement
				where citizen_id = ? and scheme in ('WAGE_SUBSIDY', 'INTERNSHIP')
				  and daterange(start_date, end_date, '[]') && daterange(?, ?, '[]')
				order by start_date, id limit 1""", (rs, n) -> {
			Date end = rs.getDate("end_date");
			long unit = rs.getLong("unit_id");
			Long unitId = rs.wasNull() ? null : unit;
			long slot = rs.getLong("slot_id");
			Long slotId = rs.wasNull() ? null : slot;
			return new PlacementClash(rs.getLong("id"), Scheme.valueOf(rs.getString("scheme")),
					rs.getLong("department_id"), unitId, slotId, rs.getDate("start_date").toLocalDate(),
					(end != null) ? end.toLocalDate() : null);
		}, citizenId, Date.valueOf(from), (to != null) ? Date.valueOf(to) : null).stream().findFirst();
	}

	/**
	 * Which of these citizens are in a wage-subsidy or internship placement on the day
	 * (one query for the lot).
	 * @param citizenIds the citizens
	 * @param day the day
	 * @return those who are
	 */
	public Set<Long> placedOn(Collection<Long> citizenIds, LocalDate day) {
		if (citizenIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList("""
				select distinct citizen_id from placement
				where citizen_id = any (?) and scheme in ('WAGE_SUBSIDY', 'INTERNSHIP')
				  and daterange(start_date, end_date, '[]') @> ?::date""", Long.class, citizenIds.toArray(Long[]::new),
				Date.valueOf(day)));
	}

	/**
	 * How many people a unit has in the schemes the ratio rule counts (wage subsidy,
	 * internship, utility work) on a day.
	 * @param unitId the unit
	 * @param day the day
	 * @return the number of placements running that day
	 */
	public int inRatioSchemes(long unitId, LocalDate day) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from placement
				where unit_id = ? and scheme in ('WAGE_SUBSIDY', 'INTERNSHIP', 'UTILITY_WORK')
				  and start_date <= ? and (end_date is null or end_date >= ?)""", Integer.class, unitId,
				Date.valueOf(day), Date.valueOf(day));
		return (count != null) ? count : 0;
	}

	/**
	 * Whether the same placement (department, scheme, citizen, start) is registered.
	 * @param data the placement
	 * @return true if it is
	 */
	public boolean isRegistered(PlacementData data) {
		return this.placements.existsByDepartmentIdAndSchemeAndCitizenRefAndStartDate(data.departmentId(),
				data.scheme(), data.citizenRef(), data.startDate());
	}

	/**
	 * Registers a placement by hand (the registration page).
	 * @param user who registers it: a consultant or an administrator
	 * @param data the placement
	 * @return its id
	 */
	@Transactional
	public long register(CurrentUser user, PlacementData data) {
		checkAccess(user);
		return register(data);
	}

	/**
	 * Ends a placement, or corrects its end date.
	 * @param placementId the placement
	 * @param endDate its last day
	 */
	@Transactional
	public void end(long placementId, LocalDate endDate) {
		find(placementId).end(endDate);
	}

	/**
	 * Ends a placement by hand (the register's page).
	 * @param user who ends it: a consultant or an administrator
	 * @param placementId the placement
	 * @param endDate its last day
	 */
	@Transactional
	public void end(CurrentUser user, long placementId, LocalDate endDate) {
		checkAccess(user);
		end(placementId, endDate);
	}

	/**
	 * One placement, for the register's page.
	 * @param user who asks: a consultant or an administrator
	 * @param placementId its id
	 * @return the placement
	 */
	public PlacementSummary placement(CurrentUser user, long placementId) {
		checkAccess(user);
		return placement(placementId);
	}

	/**
	 * One placement.
	 * @param placementId its id
	 * @return the placement
	 */
	public PlacementSummary placement(long placementId) {
		return find(placementId).toSummary();
	}

	private Placement find(long placementId) {
		return this.placements.findById(placementId).orElseThrow(() -> new NotFoundException("Placement", placementId));
	}

	/**
	 * Which of some case references have a placement, in one query.
	 * @param citizenRefs the case references
	 * @return those that appear in a placement
	 */
	public Set<String> withPlacements(Collection<String> citizenRefs) {
		return citizenRefs.isEmpty() ? Set.of() : this.placements.citizenRefsIn(citizenRefs);
	}

	/**
	 * A page of placements, newest first, filtered in the database.
	 * @param user who asks: a consultant or an administrator
	 * @param filter which placements
	 * @param pageable the page
	 * @return the page
	 */
	public Page<PlacementSummary> list(CurrentUser user, PlacementFilter filter, Pageable pageable) {
		checkAccess(user);
		String citizen = (filter.citizenRef() == null || filter.citizenRef().isBlank()) ? null
				: "%" + filter.citizenRef().trim().toLowerCase(Locale.ROOT).replace("%", "") + "%";
		if (filter.year() != null) {
			Years.year(filter.year());
		}
		LocalDate yearStart = (filter.year() != null) ? LocalDate.of(filter.year(), 1, 1) : null;
		LocalDate yearEnd = (filter.year() != null) ? LocalDate.of(filter.year(), 12, 31) : null;
		return this.placements.search(filter.departmentId(), filter.scheme(), yearStart, yearEnd, citizen, pageable);
	}

	/**
	 * Imports a placements file: every row valid and all saved, or nothing saved.
	 * @param user who imports: a consultant or an administrator
	 * @param content the CSV file
	 * @return the number of rows imported
	 * @throws CsvFileException if the file as a whole cannot be read
	 * @throws ImportRejectedException with every bad row, if there is one
	 */
	@Transactional
	public int importCsv(CurrentUser user, byte[] content) {
		checkAccess(user);
		CsvFile file = CsvFile.read(new ByteArrayInputStream(content), IMPORT_REQUIRED, IMPORT_OPTIONAL);
		Map<String, DepartmentSummary> departments = new HashMap<>();
		this.organisation.allDepartments().forEach((d) -> departments.put(d.code().toUpperCase(Locale.ROOT), d));
		Map<String, UnitSummary> units = new HashMap<>();
		this.organisation.allUnits().forEach((u) -> units.put(unitKey(u.departmentId(), u.name()), u));
		RowErrors errors = file.errors();
		Map<String, Long> seen = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		for (CsvFile.Row row : file.rows()) {
			long line = row.line();
			int before = errors.size();
			DepartmentSummary department = departments.get(row.get("department").toUpperCase(Locale.ROOT));
			if (department == null) {
				errors.add(line, "import.department.unknown", row.get("department"));
			}
			Optional<Scheme> scheme = Scheme.parse(row.get("scheme"));
			if (scheme.isEmpty()) {
				errors.add(line, "import.scheme.unknown", row.get("scheme"));
			}
			CsvValues.Dates dates = CsvValues.dates(row, errors);
			LocalDate start = dates.start();
			LocalDate end = dates.end();
			String citizen = row.get("citizen");
			if (citizen.isEmpty() || citizen.length() > 50) {
				errors.add(line, "import.citizen.invalid");
			}
			Sector sector = Sector.parse(row.get("sector")).orElse(null);
			if (!row.get("sector").isEmpty() && sector == null) {
				errors.add(line, "import.sector.unknown", row.get("sector"));
			}
			UnitSummary unit = null;
			if (!row.get("unit").isEmpty() && department != null) {
				unit = units.get(unitKey(department.id(), row.get("unit")));
				if (unit == null) {
					errors.add(line, "import.unit.unknown", row.get("unit"), department.code());
				}
			}
			if (errors.size() > before) {
				continue;
			}
			Long earlier = seen.putIfAbsent(department.id() + ";" + scheme.get() + ";" + citizen + ";" + start, line);
			if (earlier != null) {
				errors.add(line, "import.placement.repeated", earlier);
				continue;
			}
			String sectorName = (sector != null) ? sector.name() : null;
			rows.add(new Object[] { department.id(), (unit != null) ? unit.id() : null, scheme.get().name(),
					Date.valueOf(start), (end != null) ? Date.valueOf(end) : null, citizen, now, sectorName, sectorName,
					sectorName });
		}
		errors.rejectIfAny();
		this.jdbc.batchUpdate(UPSERT, rows,
				new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR,
						Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR });
		return rows.size();
	}

	private static String unitKey(long departmentId, String name) {
		return departmentId + ":" + name.trim().toLowerCase(Locale.forLanguageTag("da"));
	}

	/**
	 * Refuses anyone who may not use the placement register.
	 * @param user who asks
	 * @throws ForbiddenException unless a consultant or an administrator
	 */
	public void checkAccess(CurrentUser user) {
		ForbiddenException.unless(user.may().placements(), "only consultants and administrators handle placements");
	}

}
