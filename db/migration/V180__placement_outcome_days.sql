-- Issue 14, item 6 (module outcome): each ended placement's day counts, kept so that a
-- year's outcomes are summed from one row per placement instead of looking up every
-- placement's spells again (115,000 look-ups a year at national volume). A row is what
-- the citizen's spells said about the placement's windows when counted through
-- counted_through (spells count up to yesterday): the days known and in JOB or EDUCATION
-- in the third calendar month after the end month, and the days known and on BENEFIT in
-- the 364 days before the start and the 182 days after the end. Rules
-- (docs/outcomes.md, "Kept day counts"):
-- - A row is used only while the placement still has the start, end and citizen it was
--   counted for, and only for the day it was counted through, or for any later day once
--   its windows lay wholly before that day (window_end <= counted_through): then no
--   later day can change it. Anything else is counted afresh from the spells.
-- - A change of a citizen's spells deletes that citizen's rows (triggers below), in the
--   transaction of the change.
-- - The job outcome-days (hourly) counts what is missing or out of date, under a share
--   lock on the spells, so that no spells change between its reading and its writing.
-- Derived data only: emptying the table changes no figure, only how long the first
-- report takes.
create table placement_outcome_days (
    placement_id    bigint      not null,
    citizen_ref     varchar(50) not null,
    start_date      date        not null,
    end_date        date        not null,
    window_end      date        not null,
    counted_through date        not null,
    month_known     integer     not null,
    month_work      integer     not null,
    before_known    integer     not null,
    before_benefit  integer     not null,
    after_known     integer     not null,
    after_benefit   integer     not null,
    constraint pk_placement_outcome_days primary key (placement_id)
);

-- a year's report reads the rows of the placements that ended in it
create index ix_placement_outcome_days_end on placement_outcome_days (end_date);
-- a change of a citizen's spells deletes that citizen's rows
create index ix_placement_outcome_days_citizen on placement_outcome_days (citizen_ref);

-- the citizens of the spells a statement changed: each trigger names its rows
-- changed_spells (the new rows of an insert, the old of a delete, both of an update)
create function forget_outcome_days() returns trigger language plpgsql as $$
begin
    delete from placement_outcome_days k using (select distinct citizen_ref from changed_spells) c
    where k.citizen_ref = c.citizen_ref;
    return null;
end;
$$;

create function forget_all_outcome_days() returns trigger language plpgsql as $$
begin
    delete from placement_outcome_days;
    return null;
end;
$$;

-- once per statement (a transition table may serve one event only)
create trigger tg_citizen_status_spell_days_insert after insert on citizen_status_spell
    referencing new table as changed_spells
    for each statement execute function forget_outcome_days();
create trigger tg_citizen_status_spell_days_update_old after update on citizen_status_spell
    referencing old table as changed_spells
    for each statement execute function forget_outcome_days();
create trigger tg_citizen_status_spell_days_update_new after update on citizen_status_spell
    referencing new table as changed_spells
    for each statement execute function forget_outcome_days();
create trigger tg_citizen_status_spell_days_delete after delete on citizen_status_spell
    referencing old table as changed_spells
    for each statement execute function forget_outcome_days();
create trigger tg_citizen_status_spell_days_truncate after truncate on citizen_status_spell
    for each statement execute function forget_all_outcome_days();
