package dk.pladsflow.slot;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlotRepository extends JpaRepository<SubsidySlot, Long> {

}
