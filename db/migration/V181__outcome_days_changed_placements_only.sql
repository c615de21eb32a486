-- Issue 14 (module outcome), correcting V180: an update of a placement that changes none
-- of the columns the kept day counts follow (the hourly job that announces ends, a note)
-- no longer touches placement_outcome_days. Under V180 such an update still ran the
-- upsert for every row it updated, and an upsert locks the conflicting row even where its
-- condition leaves the row as it is: the hourly announcement locked ended placements' rows
-- against the job outcome-days for the length of its transaction.
-- The update trigger now sees the rows before the statement too (previous_placements) and
-- keeps only the rows whose department, scheme, sector, citizen or dates changed. The
-- rules of V180 are unchanged.
create or replace function keep_outcome_days() returns trigger language plpgsql as $$
declare
    -- the rows to keep in step: all that were inserted, and of an update those whose
    -- outcome columns changed (a transition table is named by the trigger, hence dynamic)
    changed text := case tg_op
        when 'UPDATE' then '(select n.* from changed_placements n join previous_placements o on o.id = n.id
            where (o.department_id, o.scheme, o.sector, o.citizen_ref, o.start_date, o.end_date)
                is distinct from (n.department_id, n.scheme, n.sector, n.citizen_ref, n.start_date, n.end_date))'
        else 'changed_placements' end;
begin
    execute format('delete from placement_outcome_days k using %s n
        where k.placement_id = n.id and n.end_date is null', changed);
    execute format('insert into placement_outcome_days (placement_id, department_id, scheme, sector, citizen_ref,
        start_date, end_date, month_start, month_end, window_end)
    select n.id, n.department_id, n.scheme, n.sector, n.citizen_ref, n.start_date, n.end_date,
        w.month_start, w.month_end, w.window_end
    from %s n cross join lateral outcome_windows(n.end_date) w
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
           excluded.start_date, excluded.end_date)', changed);
    return null;
end;
$$;

drop trigger tg_placement_outcome_days_update on placement;
create trigger tg_placement_outcome_days_update after update on placement
    referencing old table as previous_placements new table as changed_placements
    for each statement execute function keep_outcome_days();
