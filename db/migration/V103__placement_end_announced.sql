-- Issue 10, placement module: a slot's placement whose end date has passed is announced
-- once (PlacementEnded, through the event publication registry); end_announced_at records
-- that it was, so a rerun of the job or a second node announces nothing more.
alter table placement add column end_announced_at timestamp with time zone;

-- placements from filled slots that ended before this change are not announced again
update placement set end_announced_at = now() where slot_id is not null and end_date < current_date;

create index ix_placement_end_unannounced on placement (end_date, id)
    where slot_id is not null and end_announced_at is null and end_date is not null;
