package dk.pladsflow.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, Long> {

	List<Department> findAllByOrderByCode();

	List<Department> findByActiveTrueOrderByCode();

	Optional<Department> findByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCaseAndIdNot(String code, long id);

	boolean existsByCodeIgnoreCase(String code);

}
