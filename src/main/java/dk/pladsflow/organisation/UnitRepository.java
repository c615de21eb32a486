package dk.pladsflow.organisation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

	List<Unit> findByDepartmentIdOrderByName(long departmentId);

	List<Unit> findAllByOrderByDepartmentIdAscNameAsc();

	List<Unit> findByIdInOrderByName(Collection<Long> ids);

	boolean existsByDepartmentIdAndNameIgnoreCase(long departmentId, String name);

	boolean existsByDepartmentIdAndNameIgnoreCaseAndIdNot(long departmentId, String name, long id);

}
