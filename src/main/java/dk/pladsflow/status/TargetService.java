package dk.pladsflow.status;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.shared.csv.CsvFile;
import dk.pladsflow.shared.csv.ImportRejectedException;
import dk.pladsflow.shared.csv.ImportValues;
import dk.pladsflow.shared.csv.RowCheck;
import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Target figures: read by the status, set by administrators by form or CSV import.
 */
@Service
@Transactional(readOnly = true)
public class TargetService {

	/** The targets import file's columns. */
	public static final String[] IMPORT_HEADER = { "department", "year", "combined_target", "flexjob_target" };

	private static final String UPSERT = """
			insert into target_figure (department_id, unit_id, year, combined_target, flexjob_target)
			values (?, null, ?, ?, ?)
			on conflict on constraint uk_target_figure do update
			  set combined_target = excluded.combined_target, flexjob_target = excluded.flexjob_target,
			      version = target_figure.version + 1""";

	private final TargetFigureRepository targets;

	private final OrganisationService organisation;

	private final JdbcTemplate jdbc;

	TargetService(TargetFigureRepository targets, OrganisationService organisation, JdbcTemplate jdbc) {
		this.targets = targets;
		this.organisation = organisation;
		this.jdbc = jdbc;
	}

	/**
	 * Every target of a year: the departments' and their units' shares.
	 * @param year the year
	 * @return the targets
	 */
	public List<Targets> targets(int year) {
		return this.targets.findByYear(year).stream().map(TargetFigure::toTargets).toList();
	}

	/**
	 * Sets a department's targets for a year, or a unit's share.
	 * @param user who sets them: an administrator
	 * @param departmentId the department
	 * @param unitId the unit, or null for the department's own targets
	 * @param year the year
	 * @param version the version the form was made from (0 for new)
	 * @param combined the combined target, or null
	 * @param flexJob the flex-job target, or null
	 */
	@Transactional
	public void setTargets(CurrentUser user, long departmentId, Long unitId, int year, long version,
			BigDecimal combined, Integer flexJob) {
		checkAdmin(user);
		this.organisation.department(departmentId);
		if (unitId != null && this.organisation.unit(unitId).departmentId() != departmentId) {
			throw new FieldRejectedException("unitId", "target.unit.notInDepartment");
		}
		TargetFigure figure = this.targets.find(year, departmentId, unitId).orElse(null);
		if (figure == null) {
			figure = this.targets.save(new TargetFigure(departmentId, unitId, year));
		}
		else {
			ConcurrentChangeException.check("TargetFigure", departmentId + "/" + year, version, figure.getVersion());
		}
		figure.set(combined, flexJob);
	}

	/**
	 * Imports a targets file: each row replaces that department's own targets for that
	 * year (the unit breakdown is kept). Every row valid and all saved, or nothing saved.
	 * @param user who imports: an administrator
	 * @param content the CSV file
	 * @return the number of rows imported
	 * @throws ImportRejectedException with every bad row, if there is one
	 */
	@Transactional
	public int importCsv(CurrentUser user, byte[] content) {
		checkAdmin(user);
		CsvFile file = CsvFile.read(content, IMPORT_HEADER);
		Map<String, DepartmentSummary> departments = new HashMap<>();
		this.organisation.allDepartments().forEach((d) -> departments.put(d.code().toUpperCase(Locale.ROOT), d));
		RowCheck<Object[]> check = new RowCheck<>(IMPORT_HEADER.length);
		for (CsvFile.Row row : file.rows()) {
			if (!check.start(row)) {
				continue;
			}
			DepartmentSummary department = departments.get(row.cell(0).toUpperCase(Locale.ROOT));
			if (department == null) {
				check.reject(row, "import.department.unknown", row.cell(0));
			}
			Integer year = row.cell(1).matches("\\d{4}") ? Integer.valueOf(row.cell(1)) : null;
			if (year == null || year < 2000 || year > 2100) {
				check.reject(row, "import.year.invalid", row.cell(1));
			}
			BigDecimal combined = row.cell(2).isEmpty() ? null : ImportValues.decimal(row.cell(2));
			if (!row.cell(2).isEmpty() && (combined == null || combined.signum() < 0 || combined.scale() > 2
					|| combined.precision() - combined.scale() > 7)) {
				check.reject(row, "import.combinedTarget.invalid", row.cell(2));
			}
			Integer flexJob = wholeNumber(row.cell(3));
			if (!row.cell(3).isEmpty() && flexJob == null) {
				check.reject(row, "import.flexJobTarget.invalid", row.cell(3));
			}
			if (check.valid()) {
				check.accept(row, department.id() + ";" + year, "import.target.repeated",
						new Object[] { department.id(), year, combined, flexJob });
			}
		}
		List<Object[]> rows = check.acceptedOrReject();
		this.jdbc.batchUpdate(UPSERT, rows, new int[] { Types.BIGINT, Types.INTEGER, Types.NUMERIC, Types.INTEGER });
		return rows.size();
	}

	private static Integer wholeNumber(String text) {
		BigDecimal value = text.isEmpty() ? null : ImportValues.decimal(text);
		if (value == null || value.signum() < 0) {
			return null;
		}
		try {
			return value.stripTrailingZeros().intValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	private static void checkAdmin(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new ForbiddenException("only administrators set target figures");
		}
	}

}
