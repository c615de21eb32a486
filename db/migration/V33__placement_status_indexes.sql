-- Indexes for the status over many placements (measured with 1,000,000, see docs/status.md).
-- The person-day sums read only the overlap index: it no longer carries the citizen,
-- which made every entry wider. The flex-job head count (distinct citizens in the
-- period's last month, and per month for the trend) reads only flex jobs, through their
-- own partial index.
drop index ix_placement_overlap;
create index ix_placement_overlap on placement ((coalesce(end_date, 'infinity'::date)), start_date)
    include (end_date, department_id, unit_id, scheme);

create index ix_placement_flexjob on placement ((coalesce(end_date, 'infinity'::date)), start_date)
    include (end_date, department_id, unit_id, citizen_ref) where scheme = 'FLEX_JOB';
