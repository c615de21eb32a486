package dk.pladsflow.citizen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.pladsflow.shared.csv.CsvFile;
import dk.pladsflow.shared.csv.CsvValues;
import dk.pladsflow.shared.csv.RowErrors;

/**
 * Turns the rows of a citizen import file into {@link CitizenData}, with a reason for
 * every value that is wrong, and finds case references and CPR numbers that the file
 * repeats. What the register already holds is checked by the service.
 */
final class CitizenCsvRows {

	static final List<String> REQUIRED = List.of("name", "case_reference", "target_group", "benefit", "job_goal",
			"cv_ready", "waiting_since");

	static final List<String> OPTIONAL = List.of("cpr", "readiness");

	private static final Map<String, Readiness> READINESS = Map.of("jobparat", Readiness.JOB_READY, "uddannelsesparat",
			Readiness.JOB_READY, "aktivitetsparat", Readiness.ACTIVITY_READY, "job_ready", Readiness.JOB_READY,
			"activity_ready", Readiness.ACTIVITY_READY);

	private static final Map<String, Benefit> BENEFITS = new HashMap<>();

	static {
		for (Benefit benefit : Benefit.values()) {
			BENEFITS.put(benefit.name().toLowerCase(Locale.ROOT), benefit);
		}
		BENEFITS.put("dagpenge", Benefit.UNEMPLOYMENT_INSURANCE);
		BENEFITS.put("kontanthjælp", Benefit.CASH_BENEFIT);
		BENEFITS.put("uddannelseshjælp", Benefit.EDUCATION_BENEFIT);
		BENEFITS.put("sygedagpenge", Benefit.SICKNESS_BENEFIT);
		BENEFITS.put("ressourceforløb", Benefit.RESOURCE_COURSE);
		BENEFITS.put("integrationsprogram", Benefit.INTEGRATION_PROGRAMME);
		BENEFITS.put("integrationsprogrammet", Benefit.INTEGRATION_PROGRAMME);
	}

	private CitizenCsvRows() {
	}

	/**
	 * Reads every row; a row with any problem is left out and its reasons recorded.
	 * @param file the file
	 * @param today today, for the waiting date
	 * @return the valid rows
	 */
	static List<ImportRow> parse(CsvFile file, LocalDate today) {
		RowErrors errors = file.errors();
		List<ImportRow> rows = new ArrayList<>();
		Map<String, Long> caseReferences = new HashMap<>();
		Map<String, Long> cprs = new HashMap<>();
		for (CsvFile.Row row : file.rows()) {
			String caseReference = row.get("case_reference");
			Long earlier = caseReference.isEmpty() ? null : caseReferences.putIfAbsent(caseReference, row.line());
			if (earlier != null) {
				errors.add(row.line(), "citizen.import.caseReference.repeated", caseReference, earlier);
			}
			Optional<CitizenData> data = read(row, today, errors);
			if (data.isEmpty() || earlier != null) {
				continue;
			}
			if (data.get().cpr() != null) {
				Long earlierCpr = cprs.putIfAbsent(data.get().cpr().value(), row.line());
				if (earlierCpr != null) {
					errors.add(row.line(), "citizen.import.cpr.repeated", earlierCpr);
					continue;
				}
			}
			rows.add(new ImportRow(row.line(), data.get()));
		}
		return rows;
	}

	private static Optional<CitizenData> read(CsvFile.Row row, LocalDate today, RowErrors errors) {
		long line = row.line();
		int before = errors.size();
		String name = text(row, "name", CitizenRules.NAME_MAX, errors);
		String caseReference = text(row, "case_reference", CitizenRules.CASE_REFERENCE_MAX, errors);
		String jobGoal = row.get("job_goal");
		if (jobGoal.length() > CitizenRules.JOB_GOAL_MAX) {
			errors.add(line, "citizen.import.tooLong", "job_goal", CitizenRules.JOB_GOAL_MAX);
		}
		CprNumber cpr = null;
		if (!row.get("cpr").isEmpty()) {
			try {
				cpr = CprNumber.parse(row.get("cpr"));
			}
			catch (IllegalArgumentException ex) {
				errors.add(line, "citizen.import.cpr.invalid");
			}
		}
		Optional<Integer> targetGroup = CsvValues.integer(row.get("target_group"))
			.filter(CitizenRules::validTargetGroup);
		if (targetGroup.isEmpty()) {
			errors.add(line, "citizen.import.targetGroup.invalid", row.get("target_group"));
		}
		Benefit benefit = BENEFITS.get(row.get("benefit").toLowerCase(Locale.ROOT));
		if (benefit == null) {
			errors.add(line, "citizen.import.benefit.invalid", row.get("benefit"));
		}
		Readiness readiness = null;
		if (!row.get("readiness").isEmpty()) {
			readiness = READINESS.get(row.get("readiness").toLowerCase(Locale.ROOT));
			if (readiness == null) {
				errors.add(line, "citizen.import.readiness.invalid", row.get("readiness"));
			}
		}
		Optional<Boolean> cvReady = CsvValues.yesNo(row.get("cv_ready"));
		if (cvReady.isEmpty()) {
			errors.add(line, "citizen.import.cvReady.invalid", row.get("cv_ready"));
		}
		Optional<LocalDate> waitingSince = CsvValues.date(row.get("waiting_since"));
		if (waitingSince.isEmpty()) {
			errors.add(line, "citizen.import.waitingSince.invalid", row.get("waiting_since"));
		}
		else if (waitingSince.get().isAfter(today)) {
			errors.add(line, "citizen.waitingSince.future");
		}
		if (errors.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new CitizenData(name, caseReference, cpr, targetGroup.get(), benefit, jobGoal, cvReady.get(),
				waitingSince.get(), true, readiness));
	}

	private static String text(CsvFile.Row row, String column, int max, RowErrors errors) {
		String value = row.get(column);
		if (value.isEmpty()) {
			errors.add(row.line(), "citizen.import.required", column);
		}
		else if (value.length() > max) {
			errors.add(row.line(), "citizen.import.tooLong", column, max);
		}
		return value;
	}

	/**
	 * One valid row.
	 *
	 * @param line its line number
	 * @param data what it says
	 */
	record ImportRow(long line, CitizenData data) {
	}

}
