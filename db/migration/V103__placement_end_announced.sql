-- Issue 10, placement module: a slot's placement whose end date has passed is announced
-- once (PlacementEnded, through the event publication registry); end_announced_at records
-- that it was, so a rerun of the job or a second node announces nothing more.
alter table placement add column end_announced_at timestamp with time zone;

-- placements that ended before this change and whose slot was freed already (vacant,
-- reopened or closed) need no announcement; those of slots still FILLED are announced by
-- the first run, which frees their slots
update placement p set end_announced_at = now()
where p.slot_id is not null and p.end_date < current_date
  and not exists (select 1 from slot s where s.id = p.slot_id and s.phase = 'FILLED');

create index ix_placement_end_unannounced on placement (end_date, id)
    where slot_id is not null and end_announced_at is null and end_date is not null;
