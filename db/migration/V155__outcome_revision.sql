-- Issue 14, item 6: the outcomes of a year are computed from the placements, the citizens'
-- status spells and the departments, and kept until one of them changes (as the status is
-- with status_revision, V70): every statement that changes one of them sets this revision
-- to a new number from a sequence, in its own transaction, so a kept report is never
-- reused past a committed change on whichever node, and a number that a rolled-back
-- transaction saw is never used again. A spells import does not touch the status's
-- revision, so it does not throw away the kept status reports.
create table outcome_revision (
    id        integer not null default 1,
    revision  bigint  not null,
    constraint pk_outcome_revision primary key (id),
    constraint ck_outcome_revision_single check (id = 1)
);

create sequence outcome_revision_seq;

insert into outcome_revision (id, revision) values (1, nextval('outcome_revision_seq'));

create function count_outcome_revision() returns trigger language plpgsql as $$
begin
    update outcome_revision set revision = nextval('outcome_revision_seq') where id = 1;
    return null;
end;
$$;

-- once per statement: an import of thousands of spells or placements is one change
create trigger tg_citizen_status_spell_outcome_revision
    after insert or update or delete or truncate on citizen_status_spell
    for each statement execute function count_outcome_revision();
create trigger tg_placement_outcome_revision after insert or update or delete or truncate on placement
    for each statement execute function count_outcome_revision();
create trigger tg_department_outcome_revision after insert or update or delete or truncate on department
    for each statement execute function count_outcome_revision();
