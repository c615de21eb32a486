package dk.pladsflow.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.shared.Municipality;
import dk.pladsflow.shared.csv.CsvFile;
import dk.pladsflow.shared.csv.CsvFileException;
import dk.pladsflow.shared.csv.CsvValues;
import dk.pladsflow.shared.csv.ImportRejectedException;
import dk.pladsflow.shared.csv.RowErrors;
import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.Years;
import dk.pladsflow.user.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Target figures: read by the status, set by administrators by form or CSV import. A
 * department's targets (with their breakdown to units), and the municipality's own
 * targets for the municipality as a whole, which need not be the departments' sum.
 */
@Service
@Transactional(readOnly = true)
public class TargetService {

	/** The targets import file's columns, all required. */
	static final List<String> IMPORT_COLUMNS = List.of("department", "year", "combined_target", "flexjob_target");

	private static final String UPSERT = """
			insert into target_figure (department_id, unit_id, year, combined_target, flexjob_target)
			values (?, null, ?, ?, ?)
			on conflict on constraint uk_target_figure do update
			  set combined_target = excluded.combined_target, flexjob_target = excluded.flexjob_target,
			      version = target_figure.version + 1""";

	private static final String UPSERT_MUNICIPALITY = """
			insert into municipality_target (year, combined_target, flexjob_target, version) values (?, ?, ?, 1)
			on conflict (year) do update
			  set combined_target = excluded.combined_target, flexjob_target = excluded.flexjob_target,
			      version = municipality_target.version + 1""";

	private final TargetFigureRepository targets;

	private final OrganisationService organisation;

	private final Municipality municipality;

	private final JdbcTemplate jdbc;

	TargetService(TargetFigureRepository targets, OrganisationService organisation, Municipality municipality,
			JdbcTemplate jdbc) {
		this.targets = targets;
		this.organisation = organisation;
		this.municipality = municipality;
		this.jdbc = jdbc;
	}

	/**
	 * The municipality's own targets for a year, where an administrator set them.
	 * @param year the year
	 * @return the targets (department id 0, no unit), or empty where the municipality is
	 * measured against its departments' sum
	 */
	public Optional<Targets> municipalityTargets(int year) {
		return this.jdbc
			.query("select combined_target, flexjob_target, version from municipality_target where year = ?",
					(rs, n) -> new Targets(0, null, year, rs.getBigDecimal(1), (Integer) rs.getObject(2),
							rs.getLong(3)),
					year)
			.stream()
			.findFirst();
	}

	/**
	 * Sets the municipality's own targets for a year; both empty removes them, so the
	 * municipality is again measured against its departments' sum.
	 * @param user who sets them: an administrator
	 * @param year the year
	 * @param version the version the form was made from (0 where none was set)
	 * @param combined the combined target, or null
	 * @param flexJob the flex-job target, or null
	 * @throws ConcurrentChangeException if someone else changed them since the form was
	 * shown
	 */
	@Transactional
	public void setMunicipalityTargets(CurrentUser user, int year, long version, BigDecimal combined, Integer flexJob) {
		user.checkAdminister();
		int changed;
		if (version == 0) {
			changed = this.jdbc.update("""
					insert into municipality_target (year, combined_target, flexjob_target, version) values (?, ?, ?, 1)
					on conflict (year) do nothing""", year, combined, flexJob);
		}
		else {
			changed = this.jdbc.update("""
					update municipality_target set combined_target = ?, flexjob_target = ?, version = version + 1
					where year = ? and version = ?""", combined, flexJob, year, version);
		}
		if (changed == 0) {
			throw new ConcurrentChangeException("MunicipalityTarget", year);
		}
		if (combined == null && flexJob == null) {
			this.jdbc.update("delete from municipality_target where year = ?", year);
		}
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
	 * Every target of a year, for the administrator's pages (which set them).
	 * @param user who asks: an administrator
	 * @param year the year
	 * @return the targets
	 */
	public List<Targets> targetsToAdminister(CurrentUser user, int year) {
		user.checkAdminister();
		return targets(year);
	}

	/**
	 * Refuses anyone who may not set target figures: for the administrator's pages that
	 * show an empty form or refuse the input before it reaches this facade.
	 * @param user who asks
	 */
	public void checkAdminister(CurrentUser user) {
		user.checkAdminister();
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
		user.checkAdminister();
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
	 * year (the unit breakdown is kept); a row whose department column is the
	 * municipality's code replaces the municipality's own targets for that year. Every
	 * row valid and all saved, or nothing saved.
	 * @param user who imports: an administrator
	 * @param content the CSV file
	 * @return the number of rows imported
	 * @throws CsvFileException if the file as a whole cannot be read
	 * @throws ImportRejectedException with every bad row, if there is one
	 */
	@Transactional
	public int importCsv(CurrentUser user, byte[] content) {
		user.checkAdminister();
		CsvFile file = CsvFile.read(new ByteArrayInputStream(content), IMPORT_COLUMNS, List.of());
		Map<String, DepartmentSummary> departments = new HashMap<>();
		this.organisation.allDepartments().forEach((d) -> departments.put(d.code().toUpperCase(Locale.ROOT), d));
		RowErrors errors = file.errors();
		Map<String, Long> seen = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> municipalityRows = new ArrayList<>();
		for (CsvFile.Row row : file.rows()) {
			long line = row.line();
			int before = errors.size();
			boolean ofMunicipality = this.municipality.isCode(row.get("department"));
			DepartmentSummary department = ofMunicipality ? null
					: departments.get(row.get("department").toUpperCase(Locale.ROOT));
			if (department == null && !ofMunicipality) {
				errors.add(line, "import.department.unknown", row.get("department"));
			}
			Integer year = row.get("year").matches("\\d{4}") ? Integer.valueOf(row.get("year")) : null;
			if (year == null || !Years.isValid(year)) {
				errors.add(line, "import.year.invalid", row.get("year"));
			}
			String combinedText = row.get("combined_target");
			BigDecimal combined = CsvValues.decimal(combinedText).orElse(null);
			if (!combinedText.isEmpty() && !isValidCombined(combined)) {
				errors.add(line, "import.combinedTarget.invalid", combinedText);
			}
			Integer flexJob = wholeNumber(row.get("flexjob_target"));
			if (!row.get("flexjob_target").isEmpty() && flexJob == null) {
				errors.add(line, "import.flexJobTarget.invalid", row.get("flexjob_target"));
			}
			if (errors.size() > before) {
				continue;
			}
			Long earlier = seen.putIfAbsent((ofMunicipality ? "municipality" : department.id()) + ";" + year, line);
			if (earlier != null) {
				errors.add(line, "import.target.repeated", earlier);
				continue;
			}
			if (ofMunicipality) {
				municipalityRows.add(new Object[] { year, combined, flexJob });
			}
			else {
				rows.add(new Object[] { department.id(), year, combined, flexJob });
			}
		}
		errors.rejectIfAny();
		this.jdbc.batchUpdate(UPSERT, rows, new int[] { Types.BIGINT, Types.INTEGER, Types.NUMERIC, Types.INTEGER });
		this.jdbc.batchUpdate(UPSERT_MUNICIPALITY, municipalityRows,
				new int[] { Types.INTEGER, Types.NUMERIC, Types.INTEGER });
		return rows.size() + municipalityRows.size();
	}

	/**
	 * Whether a combined target fits its column (numeric(9, 2)): not negative, at most
	 * two decimals and seven digits before them. The form and the import ask this.
	 * @param value the target, or null if it did not parse
	 * @return true if valid
	 */
	static boolean isValidCombined(BigDecimal value) {
		return value != null && value.signum() >= 0 && value.scale() <= 2 && value.precision() - value.scale() <= 7;
	}

	/**
	 * A flex-job target: a whole, non-negative number that fits its column (integer). The
	 * form and the import ask this.
	 * @param text the cell or field
	 * @return the number, or null if it is not one
	 */
	static Integer wholeNumber(String text) {
		BigDecimal value = CsvValues.decimal(text).orElse(null);
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

}
