package dk.pladsflow.citizen;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CitizenRepository extends JpaRepository<Citizen, Long> {

	List<Citizen> findByIdIn(Collection<Long> ids);

	boolean existsByCaseReference(String caseReference);

	boolean existsByCaseReferenceAndIdNot(String caseReference, long id);

	/**
	 * The citizen who holds a CPR number (from the unique index uk_citizen_cpr).
	 * @param cpr the number
	 * @return the holder's id
	 */
	@Query("select c.id from Citizen c where c.cpr = :cpr")
	Optional<Long> findIdByCpr(@Param("cpr") String cpr);

	/**
	 * The citizens among some case references, however many: one array parameter, where
	 * an IN list of one parameter each would pass the driver's 65,535 (a spells or
	 * citizens file may name more citizens).
	 * @param caseReferences the case references
	 * @return their citizens
	 */
	default List<Citizen> findByCaseReferenceIn(Collection<String> caseReferences) {
		return findByCaseReferenceAmong(caseReferences.toArray(String[]::new));
	}

	@Query(value = "select * from citizen where case_reference = any(cast(:refs as varchar[]))", nativeQuery = true)
	List<Citizen> findByCaseReferenceAmong(@Param("refs") String[] caseReferences);

	/**
	 * The citizens among some CPR numbers, however many: one array parameter, as
	 * {@link #findByCaseReferenceIn}.
	 * @param cprs the CPR numbers ({@code ddmmyy-ssss})
	 * @return their citizens
	 */
	default List<Citizen> findByCprIn(Collection<String> cprs) {
		return findByCprAmong(cprs.toArray(String[]::new));
	}

	@Query(value = "select * from citizen where cpr = any(cast(:cprs as varchar[]))", nativeQuery = true)
	List<Citizen> findByCprAmong(@Param("cprs") String[] cprs);

	/**
	 * The register's search: the name or the case reference starts with the text, without
	 * regard to case. Both conditions are served by an index (ix_citizen_name,
	 * ix_citizen_case_reference_lower), so the search does not read the whole table. The
	 * pattern comes lower case, with LIKE's wildcards escaped by '!' and a '%' at the
	 * end.
	 */
	@Query(value = """
			select c from Citizen c
			where lower(c.name) like :prefix escape '!'
			   or lower(c.caseReference) like :prefix escape '!'
			order by lower(c.name), c.id
			""", countQuery = """
			select count(c) from Citizen c
			where lower(c.name) like :prefix escape '!'
			   or lower(c.caseReference) like :prefix escape '!'
			""")
	Page<Citizen> search(@Param("prefix") String prefix, Pageable pageable);

}
