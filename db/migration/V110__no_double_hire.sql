-- No double hire (issue 10, item 4): a citizen is in at most one wage-subsidy or
-- internship placement on any day. Utility work and flex jobs are outside the rule
-- (docs/legal-checks.md says why). The database guarantees it with an exclusion
-- constraint over the placement's days (both ends inclusive, an open end runs for ever),
-- per citizen; btree_gist lets a GiST index compare the citizen's id with "=".
-- btree_gist ships with PostgreSQL's contrib (the embedded binaries and the official
-- images have it) and is a trusted extension: the database owner may create it.
create extension if not exists btree_gist;

-- What this migration changed in data that broke the rule before it existed, so that an
-- administrator can see it and correct the placements by hand.
create table placement_overlap_resolved (
    placement_id  bigint  not null,
    citizen_id    bigint  not null,
    old_end_date  date,
    new_end_date  date,
    unlinked      boolean not null,
    resolved_at   timestamp with time zone not null default now(),
    constraint pk_placement_overlap_resolved primary key (placement_id)
);

-- 1. Two placements of one citizen starting on the same day: the later registered one
--    keeps its figures (citizen_ref) but no longer points at the citizen.
with duplicate as (
    select p.id, p.citizen_id, p.end_date
    from placement p
    where p.citizen_id is not null and p.scheme in ('WAGE_SUBSIDY', 'INTERNSHIP')
      and exists (select 1 from placement q
                  where q.citizen_id = p.citizen_id and q.scheme in ('WAGE_SUBSIDY', 'INTERNSHIP')
                    and q.start_date = p.start_date and q.id < p.id)
), logged as (
    insert into placement_overlap_resolved (placement_id, citizen_id, old_end_date, new_end_date, unlinked)
    select id, citizen_id, end_date, end_date, true from duplicate
    returning placement_id
)
update placement set citizen_id = null, version = version + 1
where id in (select placement_id from logged);

-- 2. A placement that runs into the citizen's next one ends the day before that starts
--    (sorted by start, each then ends before the next begins: no overlap is left).
with ordered as (
    select id, citizen_id, end_date,
           lead(start_date) over (partition by citizen_id order by start_date, id) as next_start
    from placement
    where citizen_id is not null and scheme in ('WAGE_SUBSIDY', 'INTERNSHIP')
), cut as (
    select id, citizen_id, end_date, next_start - 1 as new_end
    from ordered
    where next_start is not null and (end_date is null or end_date >= next_start)
), logged as (
    insert into placement_overlap_resolved (placement_id, citizen_id, old_end_date, new_end_date, unlinked)
    select id, citizen_id, end_date, new_end, false from cut
    returning placement_id, new_end_date
)
update placement p set end_date = l.new_end_date, version = p.version + 1
from logged l where p.id = l.placement_id;

alter table placement add constraint ex_placement_citizen_one_at_a_time
    exclude using gist (citizen_id with =, daterange(start_date, end_date, '[]') with &&)
    where (citizen_id is not null and scheme in ('WAGE_SUBSIDY', 'INTERNSHIP'));
