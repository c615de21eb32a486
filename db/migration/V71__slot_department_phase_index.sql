-- The slot list filtered by department and phase (a consultant's or manager's view of one
-- department's slots in one phase): read in deadline order and counted from this index
-- alone, instead of visiting every open slot of every department (measured at 1,000,000
-- slots: 220 ms for the count before, under 1 ms after).
create index ix_slot_department_phase_deadline on slot (department_id, phase, deadline, id);
