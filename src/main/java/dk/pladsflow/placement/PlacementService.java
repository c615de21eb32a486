package dk.pladsflow.placement;

import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.shared.csv.CsvFile;
import dk.pladsflow.shared.csv.ImportRejectedException;
import dk.pladsflow.shared.csv.ImportValues;
import dk.pladsflow.shared.csv.RowCheck;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;

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

	/** The placements import file's columns. */
	public static final String[] IMPORT_HEADER = { "department", "scheme", "start", "end", "citizen", "unit" };

	private static final String UPSERT = """
			insert into placement (department_id, unit_id, scheme, start_date, end_date, citizen_ref, created_at)
			values (?, ?, ?, ?, ?, ?, ?)
			on conflict on constraint uk_placement_identity do update
			  set end_date = excluded.end_date,
			      unit_id = coalesce(excluded.unit_id, placement.unit_id),
			      version = placement.version + 1
			  where placement.end_date is distinct from excluded.end_date
			     or (excluded.unit_id is not null and placement.unit_id is distinct from excluded.unit_id)""";

	private final PlacementRepository placements;

	private final OrganisationService organisation;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PlacementService(PlacementRepository placements, OrganisationService organisation, JdbcTemplate jdbc, Clock clock) {
		this.placements = placements;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Registers a placement (the slot flow calls this when a slot is filled).
	 * @param data the placement
	 * @return its id
	 * @throws FieldRejectedException if the same placement is already registered, or the
	 * unit is not in the department
	 */
	@Transactional
	public long register(PlacementData data) {
		DepartmentSummary department = this.organisation.department(data.departmentId());
		if (data.unitId() != null && this.organisation.unit(data.unitId()).departmentId() != department.id()) {
			throw new FieldRejectedException("unitId", "placement.unit.notInDepartment");
		}
		if (this.placements.existsByDepartmentIdAndSchemeAndCitizenRefAndStartDate(data.departmentId(), data.scheme(),
				data.citizenRef(), data.startDate())) {
			throw new FieldRejectedException("citizenRef", "placement.duplicate");
		}
		return this.placements.save(new Placement(data, this.clock.instant())).getId();
	}

	/**
	 * Registers a placement by hand (the registration page).
	 * @param user who registers it: a consultant or an administrator
	 * @param data the placement
	 * @return its id
	 */
	@Transactional
	public long register(CurrentUser user, PlacementData data) {
		checkMayRegister(user);
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
	 * A page of placements, newest first, filtered in the database.
	 * @param user who asks: a consultant or an administrator
	 * @param filter which placements
	 * @param pageable the page
	 * @return the page
	 */
	public Page<PlacementSummary> list(CurrentUser user, PlacementFilter filter, Pageable pageable) {
		checkMayRegister(user);
		String citizen = (filter.citizenRef() == null || filter.citizenRef().isBlank()) ? null
				: "%" + filter.citizenRef().trim().toLowerCase(Locale.ROOT).replace("%", "") + "%";
		LocalDate yearStart = (filter.year() != null) ? LocalDate.of(filter.year(), 1, 1) : null;
		LocalDate yearEnd = (filter.year() != null) ? LocalDate.of(filter.year(), 12, 31) : null;
		return this.placements.search(filter.departmentId(), filter.scheme(), yearStart, yearEnd, citizen, pageable);
	}

	/**
	 * Imports a placements file: every row valid and all saved, or nothing saved.
	 * @param user who imports: a consultant or an administrator
	 * @param content the CSV file
	 * @return the number of rows imported
	 * @throws ImportRejectedException with every bad row, if there is one
	 */
	@Transactional
	public int importCsv(CurrentUser user, byte[] content) {
		checkMayRegister(user);
		CsvFile file = CsvFile.read(content, IMPORT_HEADER);
		Map<String, DepartmentSummary> departments = new HashMap<>();
		this.organisation.allDepartments().forEach((d) -> departments.put(d.code().toUpperCase(Locale.ROOT), d));
		Map<String, UnitSummary> units = new HashMap<>();
		this.organisation.allUnits().forEach((u) -> units.put(unitKey(u.departmentId(), u.name()), u));
		RowCheck<Object[]> check = new RowCheck<>(IMPORT_HEADER.length);
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		for (CsvFile.Row row : file.rows()) {
			if (!check.start(row)) {
				continue;
			}
			DepartmentSummary department = departments.get(row.cell(0).toUpperCase(Locale.ROOT));
			if (department == null) {
				check.reject(row, "import.department.unknown", row.cell(0));
			}
			Optional<Scheme> scheme = Scheme.parse(row.cell(1));
			if (scheme.isEmpty()) {
				check.reject(row, "import.scheme.unknown", row.cell(1));
			}
			LocalDate start = ImportValues.date(row.cell(2));
			if (start == null) {
				check.reject(row, "import.start.invalid", row.cell(2));
			}
			LocalDate end = row.cell(3).isEmpty() ? null : ImportValues.date(row.cell(3));
			if (!row.cell(3).isEmpty() && end == null) {
				check.reject(row, "import.end.invalid", row.cell(3));
			}
			else if (start != null && end != null && end.isBefore(start)) {
				check.reject(row, "import.end.beforeStart");
			}
			String citizen = row.cell(4);
			if (citizen.isEmpty() || citizen.length() > 50) {
				check.reject(row, "import.citizen.invalid");
			}
			UnitSummary unit = null;
			if (!row.cell(5).isEmpty() && department != null) {
				unit = units.get(unitKey(department.id(), row.cell(5)));
				if (unit == null) {
					check.reject(row, "import.unit.unknown", row.cell(5), department.code());
				}
			}
			if (check.valid()) {
				check.accept(row, department.id() + ";" + scheme.get() + ";" + citizen + ";" + start,
						"import.placement.repeated",
						new Object[] { department.id(), (unit != null) ? unit.id() : null, scheme.get().name(),
								Date.valueOf(start), (end != null) ? Date.valueOf(end) : null, citizen, now });
			}
		}
		List<Object[]> rows = check.acceptedOrReject();
		this.jdbc.batchUpdate(UPSERT, rows, new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE,
				Types.DATE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE });
		return rows.size();
	}

	private static String unitKey(long departmentId, String name) {
		return departmentId + ":" + name.trim().toLowerCase(Locale.forLanguageTag("da"));
	}

	private static void checkMayRegister(CurrentUser user) {
		if (!user.has(Role.CONSULTANT) && !user.has(Role.ADMIN)) {
			throw new ForbiddenException("only consultants and administrators handle placements");
		}
	}

}
