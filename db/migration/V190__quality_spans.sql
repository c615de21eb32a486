-- Issue 12, item 5 (module slot): the quality measures of closed stretches of time, kept,
-- so that a year to date adds up a dozen kept rows per department instead of counting
-- 5.5 million phase instances at national volume (docs/quality.md, "Kept spans").
--
-- A span is a whole calendar month, or a single day of the running month, that lies wholly
-- before today (Copenhagen). Its figures (kind F) are the measures' per-unit and
-- per-department sums of the instances, openings, fills, closures and extensions whose
-- moment falls in it, and its fill days; kind U is the unused slots by age at its end (a
-- month's end: the figure a past month's page shows). A span's figures depend only on rows
-- dated before its end, never on the clock: every moment they count is before its end, and
-- today and after are always counted live. Kind V is the unused slots at the start of
-- today, aged to today: the running month's count adds today's changes to it instead of
-- counting the 115,000 unused slots of national volume at every report.
--
-- The rule of what a change touches: a change of the data whose earliest moment is X can
-- change only spans that end at X or later, so it forgets those (computed_at = null), in
-- the changing transaction. The earliest moment of a phase instance is its start: all it
-- counts in lies at or after it (its deadline, its end, the unused slots at a moment it
-- runs through, its opening's 21st day when it is an opening or ends one), even though
-- it carries the T0 of its opening, which may lie months back; of an update, the earliest
-- old or new value of the moments it changes: an instance ended at X (the slot's next
-- step, a closure) changes nothing before X. The history's
-- hearings and extensions are dated by their moment; a slot that moves to another
-- department or unit moves its extensions (the earliest one). The everyday changes happen
-- now, after the end of every kept span: they forget nothing and lock nothing here.
--
-- Computing a span (PhaseFigures): its row is made first and committed; then the
-- computation waits for every transaction that forgot spans before the row existed (the
-- shared advisory lock each forgetting transaction holds to its end, taken exclusively and
-- released at once); then, in one transaction, it locks the row, counts, stores, and sets
-- computed_at. A change that commits later waits for that lock and forgets the span again.
create table quality_span (
    id          bigint      generated always as identity,
    kind        char(1)     not null,
    span_start  date        not null,
    span_end    date        not null,
    end_moment  timestamp with time zone not null,
    computed_at timestamp with time zone,
    constraint pk_quality_span primary key (id),
    constraint uk_quality_span unique (kind, span_start, span_end),
    constraint ck_quality_span_kind check (kind in ('F', 'U', 'V')),
    constraint ck_quality_span_order check (span_start < span_end)
);
-- a change forgets the spans that end at or after its earliest moment
create index ix_quality_span_end on quality_span (end_moment);

-- per span: a row per unit and a row per department (unit_id null)
create table quality_span_figures (
    span_id       bigint  not null,
    department_id bigint  not null,
    unit_id       bigint,
    w1_due        bigint  not null,
    w1_met        bigint  not null,
    w2_due        bigint  not null,
    w2_met        bigint  not null,
    w3_due        bigint  not null,
    w3_met        bigint  not null,
    f_due         bigint  not null,
    f_met         bigint  not null,
    age_0_3       bigint  not null,
    age_4_12      bigint  not null,
    age_13_23     bigint  not null,
    age_24_26     bigint  not null,
    age_27        bigint  not null,
    closed        bigint  not null,
    heard         bigint  not null,
    extensions    bigint  not null,
    constraint fk_quality_span_figures_span foreign key (span_id) references quality_span (id) on delete cascade
);
create index ix_quality_span_figures on quality_span_figures (span_id, department_id, unit_id);

-- per span: how many fills took how many days, per unit and per department (unit_id null)
create table quality_span_fills (
    span_id       bigint  not null,
    department_id bigint  not null,
    unit_id       bigint,
    days          integer not null,
    n             bigint  not null,
    constraint fk_quality_span_fills_span foreign key (span_id) references quality_span (id) on delete cascade
);
create index ix_quality_span_fills on quality_span_fills (span_id, department_id, unit_id) include (days, n);

-- the advisory lock of the forgetting transactions (shared) and of a span's computation
-- (exclusive, a barrier)
create function quality_span_lock() returns bigint language sql immutable as 'select 120190::bigint';

-- forgets every span that ends at or after a moment (nothing for null)
create function forget_quality_spans(since timestamp with time zone) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock_shared(quality_span_lock());
    if since is not null then
        update quality_span set computed_at = null where end_moment >= since;
    end if;
end;
$$;

create function forget_quality_spans_of_instances() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        perform forget_quality_spans((
            select min(least(
                case when (o.slot_id, o.department_id, o.unit_id, o.phase, o.opened_at, o.started_at)
                          is distinct from (n.slot_id, n.department_id, n.unit_id, n.phase, n.opened_at, n.started_at)
                     then least(o.started_at, o.deadline, o.ended_at, n.started_at, n.deadline, n.ended_at) end,
                case when o.deadline is distinct from n.deadline then least(o.deadline, n.deadline) end,
                case when (o.ended_at, o.outcome) is distinct from (n.ended_at, n.outcome)
                     then least(o.ended_at, n.ended_at) end))
            from previous_instances o join changed_instances n on n.id = o.id));
    else
        execute 'select forget_quality_spans((select min(least(started_at, deadline, ended_at)) from '
            || case tg_op when 'DELETE' then 'previous_instances' else 'changed_instances' end || '))';
    end if;
    return null;
end;
$$;

create function forget_quality_spans_of_history() returns trigger language plpgsql as $$
begin
    execute 'select forget_quality_spans((select min(at) from ' || case tg_op
        when 'DELETE' then 'previous_history'
        when 'INSERT' then 'changed_history'
        else '(select action, at from previous_history union all select action, at from changed_history)' end
        || ' h where action in (''HEARING_ASKED'', ''EXTENSION_GRANTED'')))';
    return null;
end;
$$;

-- a slot's extensions count in its department and unit
create function forget_quality_spans_of_slots() returns trigger language plpgsql as $$
begin
    perform forget_quality_spans((
        select min(h.at)
        from previous_slots o join changed_slots n on n.id = o.id
        join slot_history h on h.slot_id = n.id and h.action = 'EXTENSION_GRANTED'
        where (o.department_id, o.unit_id) is distinct from (n.department_id, n.unit_id)));
    return null;
end;
$$;

create function forget_all_quality_spans() returns trigger language plpgsql as $$
begin
    perform forget_quality_spans('-infinity');
    return null;
end;
$$;

create trigger tg_slot_phase_instance_spans_insert after insert on slot_phase_instance
    referencing new table as changed_instances
    for each statement execute function forget_quality_spans_of_instances();
create trigger tg_slot_phase_instance_spans_update after update on slot_phase_instance
    referencing old table as previous_instances new table as changed_instances
    for each statement execute function forget_quality_spans_of_instances();
create trigger tg_slot_phase_instance_spans_delete after delete on slot_phase_instance
    referencing old table as previous_instances
    for each statement execute function forget_quality_spans_of_instances();
create trigger tg_slot_phase_instance_spans_truncate after truncate on slot_phase_instance
    for each statement execute function forget_all_quality_spans();

create trigger tg_slot_history_spans_insert after insert on slot_history
    referencing new table as changed_history
    for each statement execute function forget_quality_spans_of_history();
create trigger tg_slot_history_spans_update after update on slot_history
    referencing old table as previous_history new table as changed_history
    for each statement execute function forget_quality_spans_of_history();
create trigger tg_slot_history_spans_delete after delete on slot_history
    referencing old table as previous_history
    for each statement execute function forget_quality_spans_of_history();
create trigger tg_slot_history_spans_truncate after truncate on slot_history
    for each statement execute function forget_all_quality_spans();

create trigger tg_slot_spans_update after update on slot
    referencing old table as previous_slots new table as changed_slots
    for each statement execute function forget_quality_spans_of_slots();
create trigger tg_slot_spans_truncate after truncate on slot
    for each statement execute function forget_all_quality_spans();
