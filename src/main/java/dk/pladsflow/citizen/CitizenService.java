package dk.pladsflow.citizen;

import java.util.Collection;
import java.util.List;

import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen register's facade.
 */
@Service
@Transactional(readOnly = true)
public class CitizenService {

	private final CitizenRepository citizens;

	CitizenService(CitizenRepository citizens) {
		this.citizens = citizens;
	}

	/**
	 * A citizen as a referral or an employer sees them (CPR masked).
	 * @param id the citizen
	 * @return the summary
	 */
	public CitizenSummary summary(long id) {
		return this.citizens.findById(id)
			.map(Citizen::toSummary)
			.orElseThrow(() -> new NotFoundException("Citizen", id));
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
	 * Registers a citizen.
	 * @param data what to register
	 * @return the new citizen's id
	 */
	@Transactional
	public long create(CitizenData data) {
		if (this.citizens.existsByCaseReference(data.caseReference().trim())) {
			throw new FieldRejectedException("caseReference", "citizen.caseReference.taken");
		}
		return this.citizens.save(new Citizen(data)).getId();
	}

}
