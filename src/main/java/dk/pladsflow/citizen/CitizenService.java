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
import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen register's facade.
 * <p>
 * The register itself (search, full record, create, update, import) is for consultants
 * only: every such method takes the acting user and refuses anyone without the
 * {@link Role#CONSULTANT} role, administrators included (a user who is both gets both
 * roles). Every read of a full record and every change is written to the access log.
 * {@link #summary} and {@link #summaries} (CPR masked) serve other modules; they check
 * nothing, so the caller decides who sees a citizen there.
 */
@Service
@Transactional(readOnly = true)
public class CitizenService {

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
		if (caseReferences.isEmpty()) {
			return Set.of();
		}
		return this.citizens.findByCaseReferenceIn(caseReferences)
			.stream()
			.map(Citizen::getCaseReference)
			.collect(Collectors.toSet());
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
	 * Refuses anyone who may not use the register.
	 * @param actor the acting user
	 * @throws ForbiddenException unless the user is a consultant
	 */
	public void checkRegisterAccess(CurrentUser actor) {
		if (actor == null || !actor.has(Role.CONSULTANT)) {
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
		Pageable pageable = PageRequest.of(Math.max(page, 0), size);
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
	@Transactional
	public long create(CitizenData data, CurrentUser actor) {
		checkRegisterAccess(actor);
		CitizenRules.check(data, today());
		if (this.citizens.existsByCaseReference(data.caseReference().trim())) {
			throw new FieldRejectedException("caseReference", "citizen.caseReference.taken");
		}
		if (data.cpr() != null && this.citizens.existsByCpr(data.cpr().value())) {
			throw new FieldRejectedException("cpr", "citizen.cpr.taken");
		}
		long id = this.citizens.save(new Citizen(data)).getId();
		log(id, actor, CitizenAccess.CREATE);
		return id;
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
	@Transactional
	public void update(long id, long version, CitizenData data, CurrentUser actor) {
		checkRegisterAccess(actor);
		Citizen citizen = find(id);
		ConcurrentChangeException.check("Citizen", id, version, citizen.getVersion());
		CitizenRules.check(data, today());
		if (this.citizens.existsByCaseReferenceAndIdNot(data.caseReference().trim(), id)) {
			throw new FieldRejectedException("caseReference", "citizen.caseReference.taken");
		}
		if (data.cpr() != null && this.citizens.existsByCprAndIdNot(data.cpr().value(), id)) {
			throw new FieldRejectedException("cpr", "citizen.cpr.taken");
		}
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
		checkCprsAgainstRegister(rows, errors);
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

	/** A CPR number in the file that another case reference holds is an error. */
	private void checkCprsAgainstRegister(List<ImportRow> rows, RowErrors errors) {
		List<String> cprs = rows.stream()
			.map((r) -> r.data().cpr())
			.filter(Objects::nonNull)
			.map(CprNumber::value)
			.toList();
		if (cprs.isEmpty()) {
			return;
		}
		Map<String, String> holders = this.citizens.findByCprIn(cprs)
			.stream()
			.collect(Collectors.toMap(Citizen::getCpr, Citizen::getCaseReference));
		for (ImportRow row : rows) {
			if (row.data().cpr() != null) {
				String holder = holders.get(row.data().cpr().value());
				if (holder != null && !holder.equals(row.data().caseReference())) {
					errors.add(row.line(), "citizen.import.cpr.taken", holder);
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
