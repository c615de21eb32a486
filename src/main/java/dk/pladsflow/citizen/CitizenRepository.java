package dk.pladsflow.citizen;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenRepository extends JpaRepository<Citizen, Long> {

	List<Citizen> findByIdIn(Collection<Long> ids);

	boolean existsByCaseReference(String caseReference);

}
