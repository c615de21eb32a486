package dk.pladsflow.status;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TargetFigureRepository extends JpaRepository<TargetFigure, Long> {

	List<TargetFigure> findByYear(int year);

	@Query("select t from TargetFigure t where t.year = :year and t.departmentId = :departmentId"
			+ " and ((:unitId is null and t.unitId is null) or t.unitId = :unitId)")
	Optional<TargetFigure> find(int year, long departmentId, Long unitId);

}
