-- The unused slots at a moment (issue 12, PhaseFigures.MEASURES): the instances of the
-- open phases running then, i.e. begun by it and not ended by it: those still running
-- (ended_at is null) and those that ended after it, two ranges of this index. V140's
-- index on started_at matches nearly every instance for a recent moment, so the planner
-- scanned the whole table (0.85-1.4 s at scale 20); this reads the 115,000 open ones.
create index ix_slot_phase_instance_running on slot_phase_instance (ended_at)
    include (department_id, unit_id, phase, opened_at, started_at)
    where phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'VACANT');
