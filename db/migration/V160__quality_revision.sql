-- Issue 12, item 5: the quality measures of a period are computed from the phase
-- instances, the slots and their history, the follow-up reviews and the organisation, and
-- kept until one of them changes (as the status is with status_revision, V70, and the
-- outcomes with outcome_revision, V155): every statement that changes one of them sets
-- this revision to a new number from a sequence, in its own transaction, so a kept report
-- is never reused past a committed change on whichever node, and a number that a
-- rolled-back transaction saw is never used again. Unlike those two, the measures also
-- change with the clock alone (a deadline passes, a day ends): the application keeps a
-- report only until the next such moment (docs/quality.md, "Volume").
create table quality_revision (
    id        integer not null default 1,
    revision  bigint  not null,
    constraint pk_quality_revision primary key (id),
    constraint ck_quality_revision_single check (id = 1)
);

create sequence quality_revision_seq;

insert into quality_revision (id, revision) values (1, nextval('quality_revision_seq'));

create function count_quality_revision() returns trigger language plpgsql as $$
begin
    update quality_revision set revision = nextval('quality_revision_seq') where id = 1;
    return null;
end;
$$;

-- once per statement: a sweep or a closure run over thousands of slots is one change
create trigger tg_slot_phase_instance_quality_revision
    after insert or update or delete or truncate on slot_phase_instance
    for each statement execute function count_quality_revision();
create trigger tg_slot_history_quality_revision after insert or update or delete or truncate on slot_history
    for each statement execute function count_quality_revision();
-- the extensions are counted in their slot's department and unit
create trigger tg_slot_quality_revision after insert or update or delete or truncate on slot
    for each statement execute function count_quality_revision();
create trigger tg_follow_up_review_quality_revision
    after insert or update or delete or truncate on follow_up_review
    for each statement execute function count_quality_revision();
create trigger tg_department_quality_revision after insert or update or delete or truncate on department
    for each statement execute function count_quality_revision();
create trigger tg_unit_quality_revision after insert or update or delete or truncate on unit
    for each statement execute function count_quality_revision();

-- The measures of a year at volume (scale 20: 5.5 million instances, EXPLAIN ANALYZE of
-- PhaseFigures' measures for a year to date): each opening looked up its fill and its
-- closure, and each closure its hearing, by the slot's instances or history in the heap;
-- these three let them be read from the index alone (9.0 s to 4.7 s).
create index ix_slot_phase_instance_fill_slot on slot_phase_instance (slot_id, opened_at) include (ended_at)
    where outcome = 'COMPLETED';
create index ix_slot_phase_instance_closed_slot on slot_phase_instance (slot_id, opened_at) include (ended_at)
    where outcome = 'CLOSED';
create index ix_slot_history_hearing on slot_history (slot_id, at) where action = 'HEARING_ASKED';
