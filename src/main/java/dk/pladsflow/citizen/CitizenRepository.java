package dk.pladsflow.citizen;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CitizenRepository extends JpaRepository<Citizen, Long> {

	List<Citizen> findByIdIn(Collection<Long> ids);

	boolean existsByCaseReference(String caseReference);

	boolean existsByCaseReferenceAndIdNot(String caseReference, long id);

	boolean existsByCpr(String cpr);

	boolean existsByCprAndIdNot(String cpr, long id);

	List<Citizen> findByCaseReferenceIn(Collection<String> caseReferences);

	List<Citizen> findByCprIn(Collection<String> cprs);

	/**
	 * The register's search, by name: the name starts with the text (index
	 * ix_citizen_name), a later word of the name starts with it, or the case reference
	 * contains it. The patterns come lower case with LIKE's wildcards escaped by '!'.
	 */
	@Query(value = """
			select c from Citizen c
			where lower(c.name) like :prefix escape '!'
			   or lower(c.name) like :wordPrefix escape '!'
			   or lower(c.caseReference) like :contains escape '!'
			order by lower(c.name), c.id
			""", countQuery = """
			select count(c) from Citizen c
			where lower(c.name) like :prefix escape '!'
			   or lower(c.name) like :wordPrefix escape '!'
			   or lower(c.caseReference) like :contains escape '!'
			""")
	Page<Citizen> search(@Param("prefix") String prefix, @Param("wordPrefix") String wordPrefix,
			@Param("contains") String contains, Pageable pageable);

}
