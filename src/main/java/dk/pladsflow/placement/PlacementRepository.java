package dk.pladsflow.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlacementRepository extends JpaRepository<Placement, Long> {

	boolean existsByDepartmentIdAndSchemeAndCitizenRefAndStartDate(long departmentId, Scheme scheme, String citizenRef,
			LocalDate startDate);

	/**
	 * Which of some case references have a placement, however many: one array parameter,
	 * where an IN list of one parameter each would pass the driver's 65,535.
	 * @param citizenRefs the case references
	 * @return those with a placement
	 */
	default Set<String> citizenRefsIn(Collection<String> citizenRefs) {
		return citizenRefsAmong(citizenRefs.toArray(String[]::new));
	}

	@Query(value = "select distinct citizen_ref from placement where citizen_ref = any(cast(:refs as varchar[]))",
			nativeQuery = true)
	Set<String> citizenRefsAmong(@Param("refs") String[] citizenRefs);

	java.util.Optional<Placement> findBySlotIdAndStartDate(Long slotId, LocalDate startDate);

	@Query(value = """
			select new dk.pladsflow.placement.PlacementSummary(p.id, p.departmentId, p.unitId, p.scheme,
			  p.startDate, p.endDate, p.citizenRef, p.slotId, p.sector, p.version)
			from Placement p
			where (:departmentId is null or p.departmentId = :departmentId)
			  and (:scheme is null or p.scheme = :scheme)
			  and (cast(:yearStart as LocalDate) is null
			       or (p.startDate <= :yearEnd and (p.endDate is null or p.endDate >= :yearStart)))
			  and (:citizenRef is null or lower(p.citizenRef) like :citizenRef)
			order by p.startDate desc, p.id desc""", countQuery = """
			select count(p) from Placement p
			where (:departmentId is null or p.departmentId = :departmentId)
			  and (:scheme is null or p.scheme = :scheme)
			  and (cast(:yearStart as LocalDate) is null
			       or (p.startDate <= :yearEnd and (p.endDate is null or p.endDate >= :yearStart)))
			  and (:citizenRef is null or lower(p.citizenRef) like :citizenRef)""")
	Page<PlacementSummary> search(@Param("departmentId") Long departmentId, @Param("scheme") Scheme scheme,
			@Param("yearStart") LocalDate yearStart, @Param("yearEnd") LocalDate yearEnd,
			@Param("citizenRef") String citizenRef, Pageable pageable);

}
