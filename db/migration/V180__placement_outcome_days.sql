-- Issue 14, item 6 (module outcome): one row per placement with an end, holding what a
-- year's outcomes need of it, so that a year is summed from one index range of this table
-- instead of looking up every placement's spells again (115,000 look-ups a year at
-- national volume). Rules (docs/outcomes.md, "Kept day counts"):
-- - The rows follow the placements in the placements' own transactions (statement
--   triggers below, on the placement module's table; they read the columns of its view
--   placement_outcome_source, V131):
--   a placement with an end has its row, with its department, scheme, sector, citizen,
--   dates and windows; a change of any of those gives the row a new version, and a change
--   of the citizen or the dates forgets its counts.
-- - The counts are the days the citizen's spells covered, counted through counted_through
--   (spells count up to yesterday): known and in JOB or EDUCATION in the third calendar
--   month after the end month, known and on BENEFIT in the 364 days before the start and
--   in the 182 days after the end. A change of a citizen's spells forgets the counts of
--   that citizen's rows (and gives them a new version).
-- - Counts hold for the day after counted_through only, or for any later day once the
--   windows lay wholly in the past (window_end <= counted_through). A row whose counts do
--   not hold is counted afresh from the spells by the report itself.
-- - The job outcome-days (hourly) counts the rows whose counts do not hold, in batches of
--   its own transactions, and stores them only where the row still has the version it
--   read (optimistic: a placement or spells change during the count wins, and the row is
--   counted on the next run).
-- Emptying the counts (counted_through = null) changes no figure, only the time a report
-- takes.
create table placement_outcome_days (
    placement_id    bigint      not null,
    version         bigint      not null default 0,
    department_id   bigint      not null,
    scheme          varchar(20) not null,
    sector          varchar(10) not null,
    citizen_ref     varchar(50) not null,
    start_date      date        not null,
    end_date        date        not null,
    month_start     date        not null,
    month_end       date        not null,
    window_end      date        not null,
    counted_through date,
    month_known     integer,
    month_work      integer,
    before_known    integer,
    before_benefit  integer,
    after_known     integer,
    after_benefit   integer,
    constraint pk_placement_outcome_days primary key (placement_id)
);

-- a year's report and the drill-down read the rows of the placements that ended in it
-- (an index-only scan)
create index ix_placement_outcome_days_end on placement_outcome_days (end_date)
    include (placement_id, department_id, scheme, sector, citizen_ref, start_date, month_start, month_end,
             window_end, counted_through, month_known, month_work, before_known, before_benefit, after_known,
             after_benefit);
-- a change of a citizen's spells forgets that citizen's counts; the job walks the rows in
-- citizen order (so that its look-ups walk the spells' index in its order), in batches
create index ix_placement_outcome_days_citizen on placement_outcome_days (citizen_ref, placement_id)
    include (counted_through, window_end);

-- A placement's third calendar month after its end month, and the last day of its
-- windows (that month, or the 182 days after the end).
create function outcome_windows(end_date date, out month_start date, out month_end date, out window_end date)
    language sql immutable as $$
    select (date_trunc('month', end_date::timestamp) + interval '3 months')::date,
           (date_trunc('month', end_date::timestamp) + interval '4 months' - interval '1 day')::date,
           greatest((date_trunc('month', end_date::timestamp) + interval '4 months' - interval '1 day')::date,
                    end_date + 182)
$$;

-- the rows of the placements a statement inserted or changed (changed_placements: the new
-- rows), kept in step; a placement without an end has no row
create function keep_outcome_days() returns trigger language plpgsql as $$
begin
    delete from placement_outcome_days k using changed_placements n
    where k.placement_id = n.id and n.end_date is null;
    insert into placement_outcome_days (placement_id, department_id, scheme, sector, citizen_ref, start_date,
        end_date, month_start, month_end, window_end)
    select n.id, n.department_id, n.scheme, n.sector, n.citizen_ref, n.start_date, n.end_date,
        w.month_start, w.month_end, w.window_end
    from changed_placements n cross join lateral outcome_windows(n.end_date) w
    where n.end_date is not null
    on conflict (placement_id) do update set
        version = placement_outcome_days.version + 1,
        department_id = excluded.department_id, scheme = excluded.scheme, sector = excluded.sector,
        citizen_ref = excluded.citizen_ref, start_date = excluded.start_date, end_date = excluded.end_date,
        month_start = excluded.month_start, month_end = excluded.month_end, window_end = excluded.window_end,
        counted_through = case
            when (placement_outcome_days.citizen_ref, placement_outcome_days.start_date,
                  placement_outcome_days.end_date) = (excluded.citizen_ref, excluded.start_date, excluded.end_date)
            then placement_outcome_days.counted_through end
    where (placement_outcome_days.department_id, placement_outcome_days.scheme, placement_outcome_days.sector,
           placement_outcome_days.citizen_ref, placement_outcome_days.start_date, placement_outcome_days.end_date)
        is distinct from (excluded.department_id, excluded.scheme, excluded.sector, excluded.citizen_ref,
           excluded.start_date, excluded.end_date);
    return null;
end;
$$;

create function forget_outcome_days_of_placements() returns trigger language plpgsql as $$
begin
    delete from placement_outcome_days k using changed_placements o where k.placement_id = o.id;
    return null;
end;
$$;

-- the counts of the citizens whose spells a statement changed (changed_spells)
create function forget_outcome_days_of_spells() returns trigger language plpgsql as $$
begin
    update placement_outcome_days k set counted_through = null, version = k.version + 1
    from (select distinct citizen_ref from changed_spells) c
    where k.citizen_ref = c.citizen_ref;
    return null;
end;
$$;

create function forget_all_outcome_days() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'placement' then
        delete from placement_outcome_days;
    else
        update placement_outcome_days set counted_through = null, version = version + 1;
    end if;
    return null;
end;
$$;

-- once per statement; a transition table serves one event only, so each trigger names
-- the rows its function reads
create trigger tg_placement_outcome_days_insert after insert on placement
    referencing new table as changed_placements
    for each statement execute function keep_outcome_days();
create trigger tg_placement_outcome_days_update after update on placement
    referencing new table as changed_placements
    for each statement execute function keep_outcome_days();
create trigger tg_placement_outcome_days_delete after delete on placement
    referencing old table as changed_placements
    for each statement execute function forget_outcome_days_of_placements();
create trigger tg_placement_outcome_days_truncate after truncate on placement
    for each statement execute function forget_all_outcome_days();

create trigger tg_citizen_status_spell_days_insert after insert on citizen_status_spell
    referencing new table as changed_spells
    for each statement execute function forget_outcome_days_of_spells();
create trigger tg_citizen_status_spell_days_update_old after update on citizen_status_spell
    referencing old table as changed_spells
    for each statement execute function forget_outcome_days_of_spells();
create trigger tg_citizen_status_spell_days_update_new after update on citizen_status_spell
    referencing new table as changed_spells
    for each statement execute function forget_outcome_days_of_spells();
create trigger tg_citizen_status_spell_days_delete after delete on citizen_status_spell
    referencing old table as changed_spells
    for each statement execute function forget_outcome_days_of_spells();
create trigger tg_citizen_status_spell_days_truncate after truncate on citizen_status_spell
    for each statement execute function forget_all_outcome_days();

-- the placements with an end so far, to be counted by the job
insert into placement_outcome_days (placement_id, department_id, scheme, sector, citizen_ref, start_date, end_date,
    month_start, month_end, window_end)
select p.id, p.department_id, p.scheme, p.sector, p.citizen_ref, p.start_date, p.end_date,
    w.month_start, w.month_end, w.window_end
from placement_outcome_source p cross join lateral outcome_windows(p.end_date) w
where p.end_date is not null;
