-- The live status is computed from the placements, the targets and the organisation, and
-- computing it over a million placements takes a second. The application keeps computed
-- reports and reuses one while this revision is unchanged: every statement that changes
-- what a report is made of sets it to a new number: in its own transaction, so a report
-- is never reused past a committed change, on whichever node it was computed; and from a
-- sequence, so a number that a rolled-back transaction saw is never used again.
create table status_revision (
    id        integer not null default 1,
    revision  bigint  not null,
    constraint pk_status_revision primary key (id),
    constraint ck_status_revision_single check (id = 1)
);

create sequence status_revision_seq;

insert into status_revision (id, revision) values (1, nextval('status_revision_seq'));

create function count_status_revision() returns trigger language plpgsql as $$
begin
    update status_revision set revision = nextval('status_revision_seq') where id = 1;
    return null;
end;
$$;

-- once per statement: an import of thousands of placements is one change
create trigger tg_placement_status_revision after insert or update or delete or truncate on placement
    for each statement execute function count_status_revision();
create trigger tg_target_figure_status_revision after insert or update or delete or truncate on target_figure
    for each statement execute function count_status_revision();
create trigger tg_department_status_revision after insert or update or delete or truncate on department
    for each statement execute function count_status_revision();
create trigger tg_unit_status_revision after insert or update or delete or truncate on unit
    for each statement execute function count_status_revision();
