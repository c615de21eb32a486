package dk.pladsflow.citizen;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.pladsflow.citizen.CitizenCsvRows.ImportRow;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.csv.CsvFile;
import dk.pladsflow.shared.csv.CsvFileException;
import dk.pladsflow.shared.csv.RowErrors;
import dk.pladsflow.shared.database.DatabaseErrors;
import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.shared.web.PageNumbers;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The citizen register's facade.
 * <p>
 * The register itself (search, full record, create, update, import) is for consultants
 * only: every such method takes the acting user and refuses anyone without the
 * {@link Role#CONSULTANT} role, administrators included (a user who is both gets both
 * roles). Every read of a full record and every change is written to the access log, and
 * so is every "this CPR number is already registered" answer (against the citizen who
 * holds it): the answer discloses that the number is in the register. Those answers are
 * committed with the log entry although nothing else is saved. Two registrations of the
 * same new number at the same instant meet at the unique index; the second gets the same
 * field message, and the database's error (which names the number) is not logged.
 * {@link #summary} and {@link #summaries} (CPR masked) serve other modules; they check
 * nothing, so the caller decides who sees a citizen there.
 */
@Service
@Transactional(readOnly = true)
public class CitizenService {

	private static final Logger logger = LoggerFactory.getLogger(CitizenService.class);

	private final CitizenRepository citizens;

	private final CitizenAccessLogRepository accessLog;

	private final UserService users;

	private final Clock clock;

	CitizenService(CitizenRepository citizens, CitizenAccessLogRepository accessLog, UserService users, Clock clock) {
		this.citizens = citizens;
		this.accessLog = accessLog;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * A citizen as a referral or an employer sees them (CPR masked).
	 * @param id the citizen
	 * @return the summary
	 */
	public CitizenSummary summary(long id) {
		return find(id).toSummary();
	}

	/**
	 * Whether a case reference is in the register (no personal data is returned).
	 * @param caseReference the case reference
	 * @return true if a citizen has it
	 */
	public boolean isRegistered(String caseReference) {
		return this.citizens.existsByCaseReference(caseReference.trim());
	}

	/**
	 * Which of some case references are in the register, in one query (no personal data
	 * is returned).
	 * @param caseReferences the case references
	 * @return those a citizen has
	 */
	public Set<String> registeredAmong(Collection<String> caseReferences) {
		return summariesByCaseReference(caseReferences).keySet();
	}

	/**
	 * Several citizens in one query.
	 * @param ids citizen ids
	 * @return those that exist
	 */
	public List<CitizenSummary> summaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.citizens.findByIdIn(ids).stream().map(Citizen::toSummary).toList();
	}

	/**
	 * The registered citizens among some case references, in one query (CPR masked): for
	 * lists of placements, which know their citizens by case reference only.
	 * @param caseReferences the case references
	 * @return the summaries by case reference; those not in the register are missing
	 */
	public Map<String, CitizenSummary> summariesByCaseReference(Collection<String> caseReferences) {
		if (caseReferences.isEmpty()) {
			return Map.of();
		}
		return this.citizens.findByCaseReferenceIn(caseReferences)
			.stream()
			.collect(Collectors.toMap(Citizen::getCaseReference, Citizen::toSummary));
	}

	/**
	 * Refuses anyone who may not use the register.
	 * @param actor the acting user
	 * @throws ForbiddenException unless the user is a consultant
	 */
	public void checkRegisterAccess(CurrentUser actor) {
		if (actor == null || !actor.may().citizenRegister()) {
			throw new ForbiddenException("The citizen register is for consultants");
		}
	}

	/**
	 * One page of the register, by name: citizens whose name or case reference starts
	 * with the text, without regard to case (both answered from an index).
	 * @param text the start of a name or case reference; empty for all
	 * @param page page number, from 0
	 * @param size page size
	 * @param actor the acting user
	 * @return the page, sorted by name, CPR masked
	 */
	public Page<CitizenSummary> search(String text, int page, int size, CurrentUser actor) {
		checkRegisterAccess(actor);
		String like = escapeLike((text == null) ? "" : text.trim().toLowerCase(Locale.ROOT));
		Pageable pageable = PageNumbers.of(page, size);
		return this.citizens.search(like + "%", pageable).map(Citizen::toSummary);
	}

	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	/**
	 * A citizen's full record with the CPR number unmasked, for a consultant. The read is
	 * recorded in the access log.
	 * @param id the citizen
	 * @param actor the acting user
	 * @return the record
	 * @throws ForbiddenException unless the user is a consultant
	 * @throws NotFoundException if there is no such citizen
	 */
	@Transactional
	public CitizenRecord fullRecord(long id, CurrentUser actor) {
		checkRegisterAccess(actor);
		Citizen citizen = find(id);
		log(id, actor, CitizenAccess.VIEW);
		return citizen.toRecord();
	}

	/**
	 * The newest entries of a citizen's access log.
	 * @param id the citizen
	 * @param actor the acting user
	 * @return up to 10 entries, newest first
	 */
	public List<CitizenAccessEntry> recentAccess(long id, CurrentUser actor) {
		checkRegisterAccess(actor);
		List<CitizenAccessLog> entries = this.accessLog.findTop10ByCitizenIdOrderByAtDescIdDesc(id);
		Map<Long, String> names = this.users
			.displayNames(entries.stream().map(CitizenAccessLog::getUserId).distinct().toList());
		return entries.stream()
			.map((e) -> new CitizenAccessEntry(e.getAt().atZone(ClockConfiguration.ZONE).toLocalDateTime(),
					names.getOrDefault(e.getUserId(), "#" + e.getUserId()), e.getAction()))
			.toList();
	}

	/**
	 * Registers a citizen.
	 * @param data what to register
	 * @param actor the acting user
	 * @return the new citizen's id
	 * @throws FieldRejectedException if the case reference or the CPR number is taken, or
	 * a rule is broken
	 */
	@Transactional(noRollbackFor = FieldRejectedException.class)
	public long create(CitizenData data, CurrentUser actor) {
		checkRegisterAccess(actor);
		CitizenRules.check(data, today());
		if (this.citizens.existsByCaseReference(data.caseReference().trim())) {
			throw new FieldRejectedException("caseReference", "citizen.caseReference.taken");
		}
		checkCprFree(data, null, actor);
		long id = insert(new Citizen(data));
		log(id, actor, CitizenAccess.CREATE);
		return id;
	}

	/**
	 * Refuses a CPR number another citizen holds, and logs the look-up against that
	 * citizen (committed: the caller's transaction does not roll back for the refusal).
	 */
	private void checkCprFree(CitizenData data, Long self, CurrentUser actor) {
		if (data.cpr() == null) {
			return;
		}
		Long holder = this.citizens.findIdByCpr(data.cpr().value()).orElse(null);
		if (holder != null && !holder.equals(self)) {
			log(holder, actor, CitizenAccess.CPR_CHECK);
			throw new FieldRejectedException("cpr", "citizen.cpr.taken");
		}
	}

	/**
	 * Stores a new citizen. The unique indexes decide a race between two registrations of
	 * the same number or case reference: the loser's transaction is rolled back and the
	 * form shows the field's message. Only the constraint's name is logged.
	 */
	private long insert(Citizen citizen) {
		try {
			return this.citizens.saveAndFlush(citizen).getId();
		}
		catch (DataIntegrityViolationException ex) {
			String constraint = DatabaseErrors.constraintName(ex);
			String field = switch (constraint) {
				case "uk_citizen_cpr" -> "cpr";
				case "uk_citizen_case_reference" -> "caseReference";
				default -> throw ex;
			};
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			logger.info("Citizen not registered: {} taken meanwhile ({})", field, constraint);
			throw new FieldRejectedException(field, "citizen." + field + ".taken");
		}
	}

	/**
	 * Changes a citizen.
	 * @param id the citizen
	 * @param version the version the form was built from
	 * @param data what to set
	 * @param actor the acting user
	 * @throws ConcurrentChangeException if someone changed the citizen meanwhile
	 * @throws FieldRejectedException if the case reference or the CPR number is taken, or
	 * a rule is broken
	 */
	@Transactional(noRollbackFor = FieldRejectedException.class)
	public void update(long id, long version, CitizenData data, CurrentUser actor) {
		checkRegisterAccess(actor);
		Citizen citizen = find(id);
		ConcurrentChangeException.check("Citizen", id, version, citizen.getVersion());
		CitizenRules.check(data, today());
		if (this.citizens.existsByCaseReferenceAndIdNot(data.caseReference().trim(), id)) {
			throw new FieldRejectedException("caseReference", "citizen.caseReference.taken");
		}
		checkCprFree(data, id, actor);
		citizen.apply(data);
		log(id, actor, CitizenAccess.UPDATE);
	}

	/**
	 * Imports a CSV file (format in docs/citizens.md): all rows or none. A row whose case
	 * reference is already registered changes that citizen; an empty CPR cell keeps the
	 * stored number.
	 * @param file the file's bytes
	 * @param actor the acting user
	 * @return how many were created and updated, or every row's problem (nothing saved)
	 * @throws CsvFileException if the file as a whole cannot be read
	 */
	@Transactional
	public CitizenImportResult importCsv(InputStream file, CurrentUser actor) {
		checkRegisterAccess(actor);
		CsvFile csv = CsvFile.read(file, CitizenCsvRows.REQUIRED, CitizenCsvRows.OPTIONAL);
		if (csv.rows().isEmpty() && csv.errors().isEmpty()) {
			throw new CsvFileException("csv.noRows");
		}
		RowErrors errors = csv.errors();
		List<ImportRow> rows = CitizenCsvRows.parse(csv, today());
		Map<String, Citizen> existing = this.citizens
			.findByCaseReferenceIn(rows.stream().map((r) -> r.data().caseReference()).toList())
			.stream()
			.collect(Collectors.toMap(Citizen::getCaseReference, Function.identity()));
		checkCprsAgainstRegister(rows, errors, actor);
		if (!errors.isEmpty()) {
			return new CitizenImportResult(0, 0, errors.list());
		}
		int created = 0;
		for (ImportRow row : rows) {
			Citizen citizen = existing.get(row.data().caseReference());
			if (citizen == null) {
				citizen = this.citizens.save(new Citizen(row.data()));
				created++;
			}
			else {
				citizen.apply(citizen.mergeImport(row.data()));
			}
			log(citizen.getId(), actor, CitizenAccess.IMPORT);
		}
		return new CitizenImportResult(created, rows.size() - created, List.of());
	}

	/**
	 * A CPR number in the file that another case reference holds is an error. The error
	 * names the file's row only, never the holder; the look-up is logged against the
	 * holder.
	 */
	private void checkCprsAgainstRegister(List<ImportRow> rows, RowErrors errors, CurrentUser actor) {
		List<String> cprs = rows.stream()
			.map((r) -> r.data().cpr())
			.filter(Objects::nonNull)
			.map(CprNumber::value)
			.toList();
		if (cprs.isEmpty()) {
			return;
		}
		Map<String, Citizen> holders = this.citizens.findByCprIn(cprs)
			.stream()
			.collect(Collectors.toMap(Citizen::getCpr, Function.identity()));
		for (ImportRow row : rows) {
			if (row.data().cpr() != null) {
				Citizen holder = holders.get(row.data().cpr().value());
				if (holder != null && !holder.getCaseReference().equals(row.data().caseReference())) {
					log(holder.getId(), actor, CitizenAccess.CPR_CHECK);
					errors.add(row.line(), "citizen.import.cpr.taken");
				}
			}
		}
	}

	private void log(long citizenId, CurrentUser actor, CitizenAccess action) {
		this.accessLog.save(new CitizenAccessLog(citizenId, actor.id(), action, this.clock.instant()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Citizen find(long id) {
		return this.citizens.findById(id).orElseThrow(() -> new NotFoundException("Citizen", id));
	}

}
