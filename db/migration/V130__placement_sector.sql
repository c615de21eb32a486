-- Issue 14: a placement is at a municipal workplace (as every placement so far) or in a
-- private company. Private placements belong to the department whose consultants made
-- them; they count in the outcomes (docs/outcomes.md) but not in the status against the
-- target figures, which are for the municipality as a workplace (docs/status.md).
alter table placement add column sector varchar(10) not null default 'MUNICIPAL';
alter table placement add constraint ck_placement_sector check (sector in ('MUNICIPAL', 'PRIVATE'));

-- The status sums read only this index (an index-only scan), so it carries the sector
-- its queries now filter on.
drop index ix_placement_overlap;
create index ix_placement_overlap on placement ((coalesce(end_date, 'infinity'::date)), start_date)
    include (end_date, department_id, unit_id, scheme, sector);

drop index ix_placement_flexjob;
create index ix_placement_flexjob on placement ((coalesce(end_date, 'infinity'::date)), start_date)
    include (end_date, department_id, unit_id, citizen_ref) where scheme = 'FLEX_JOB' and sector = 'MUNICIPAL';

-- The outcomes select the placements that ended in a period.
create index ix_placement_end on placement (end_date) where end_date is not null;
