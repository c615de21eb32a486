package dk.pladsflow.citizen;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenAccessLogRepository extends JpaRepository<CitizenAccessLog, Long> {

	/** The newest entries first (index ix_citizen_access_log_citizen). */
	List<CitizenAccessLog> findTop10ByCitizenIdOrderByAtDescIdDesc(long citizenId);

	long countByCitizenIdAndAction(long citizenId, CitizenAccess action);

}
