-- Issue 10, slot module: what the closure of unused slots may read.
--
-- An agreement that falls through puts the slot back into phase 1 with its T0 unchanged;
-- agreement_failed_at remembers when, so that the employer is heard again from then.
-- A slot whose placement has ended and that is not reopened waits VACANT; vacant_since
-- starts its 26 weeks. do_not_reopen is the employer's choice that an ended placement
-- leaves the slot VACANT instead of reopening it.
alter table slot
    add column agreement_failed_at timestamp with time zone,
    add column vacant_since        timestamp with time zone,
    add column do_not_reopen       boolean not null default false;

update slot s set vacant_since = coalesce(
        (select max(h.at) from slot_history h where h.slot_id = s.id and h.action = 'PLACEMENT_ENDED'),
        s.opened_at)
where s.phase = 'VACANT';

-- The unused slots, as the deadline module sees them: phases 1 and 2 (phase 3, an
-- agreement being signed, is not unused) and VACANT. period_start is when the 26 weeks
-- began (T0, or the day the slot became vacant); unused_since is when the slot last became
-- unused in this period (period_start, or the moment an agreement fell through). Other
-- modules read this view, never the slot table.
create view slot_unused as
select s.id as slot_id, s.department_id, s.unit_id, s.title, s.phase,
       s.opened_at as period_start,
       greatest(s.opened_at, coalesce(s.agreement_failed_at, s.opened_at)) as unused_since
from slot s
where s.phase in ('REFERRAL', 'EMPLOYER_RESPONSE')
union all
select s.id, s.department_id, s.unit_id, s.title, s.phase,
       coalesce(s.vacant_since, s.opened_at), coalesce(s.vacant_since, s.opened_at)
from slot s
where s.phase = 'VACANT';

-- The open slots with a deadline, as the deadline sweep sees them (phases 1-3), with the
-- moment the current phase instance began.
create view slot_open_deadline as
select s.id as slot_id, s.department_id, s.unit_id, s.title, s.phase, s.round_no, s.deadline,
       coalesce(case s.phase when 'REFERRAL' then s.round_started_at
                             when 'EMPLOYER_RESPONSE' then s.round_sent_at
                             else s.chosen_at end, s.opened_at) as phase_started_at
from slot s
where s.phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT');

-- the closure job reads the vacant slots by the start of their 26 weeks
-- (a VACANT slot written without vacant_since, by a bulk generator say, counts from T0)
create index ix_slot_vacant_since on slot ((coalesce(vacant_since, opened_at)), id) where phase = 'VACANT';
