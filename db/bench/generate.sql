-- Benchmark data at a chosen scale, generated with set-based SQL (see README, Performance).
--
-- Scale 1 is about ten years of Copenhagen: 7 departments of very different sizes, about
-- 150 units, 50,000 slots across all phases, 150,000 referrals, 50,000 citizens and
-- 60,000 placements of all schemes, with targets for every year. Scale 20 is about all 98
-- municipalities: 1,000,000 slots and the rest in proportion.
--
-- Run by the application (pladsflow.bench.generate=SCALE) on one connection, after the
-- demo data has loaded: the demo users stay, and see the generated data. The command sets
-- bench.scale before this script. Times are relative to now(): open slots have deadlines
-- spread over the last three and the next seven days, so that about a quarter of the open
-- slots (1 % of all slots) are overdue and not yet recorded when the data is new.
--
-- Plain statements only (no dollar-quoted bodies): the script is split on semicolons.
-- The ids are computed, so the rows can point at each other before they exist: foreign
-- keys are not checked while this runs (session_replication_role), and BenchDataTests
-- checks that every reference holds.

set session_replication_role = replica;
select setseed(0.20261123);

create temp table bench_param on commit drop as
select s as scale,
       greatest(1, round(50000 * s))::int as slots,
       greatest(10, round(50000 * s))::int as citizens,
       greatest(7, round(150 * s))::int as units,
       greatest(1, round(60000 * s))::int as placements,
       now() as t_now,
       (now() at time zone 'Europe/Copenhagen')::date as today,
       (select id from app_user where username = 'konsulent') as consultant,
       (select coalesce(max(id), 0) from slot) as slot_base,
       (select coalesce(max(id), 0) from referral) as referral_base,
       (select coalesce(max(id), 0) from placement) as placement_base,
       (select coalesce(max(id), 0) from citizen) as citizen_base
from (select current_setting('bench.scale')::numeric as s) given;

-- Departments of very different sizes: the share of slots, units and placements of each.
create temp table bench_department on commit drop as
select d.id, d.code, d.one_cv_mode, w.weight,
       sum(w.weight) over (order by w.weight desc, d.code) - w.weight as lower_bound,
       sum(w.weight) over (order by w.weight desc, d.code) as upper_bound,
       coalesce((select u.id from app_user u
                 where u.username = case d.code when 'BUF' then 'arbejdsgiver' when 'SOF' then 'arbejdsgiver-sof'
                                    else 'arbejdsgiver-' || replace(lower(d.code), 'ø', 'oe') end),
                (select consultant from bench_param)) as employer,
       w.unit_kind
from department d
join (values ('BUF', 0.34, 'Institution'), ('SUF', 0.24, 'Plejecenter'), ('SOF', 0.17, 'Botilbud'),
             ('TMF', 0.10, 'Driftsenhed'), ('KFF', 0.07, 'Bibliotek'), ('BIF', 0.05, 'Jobcenterafdeling'),
             ('ØKF', 0.03, 'Servicecenter')) w(code, weight, unit_kind) on w.code = d.code;

insert into unit (department_id, name, leader_name, leader_email, ordinary_employees)
select d.id,
       d.unit_kind || ' ' || (array['Amager', 'Bispebjerg', 'Brønshøj', 'Indre By', 'Nørrebro', 'Valby', 'Vanløse',
                                    'Vesterbro', 'Østerbro', 'Sydhavnen'])[1 + g % 10] || ' ' || g,
       'Leder ' || d.code || ' ' || g,
       'leder.' || g || '.' || replace(lower(d.code), 'ø', 'oe') || '@kk.example',
       5 + (random() * 300)::int
from bench_department d, bench_param p, generate_series(1, greatest(1, round(p.units * d.weight)::int)) g
on conflict on constraint uk_unit_department_name do nothing;

create temp table bench_unit on commit drop as
select department_id, id as unit_id,
       row_number() over (partition by department_id order by id) - 1 as idx,
       count(*) over (partition by department_id) as n
from unit
where active;

-- Citizens: made-up names, unique case references and CPR numbers (serials 7000 and up,
-- apart from the demo citizens'), every tenth without a CPR number. Target groups 1-4 of the
-- action plan (40 %, 35 %, 15 %, 10 %); readiness for the benefits assessed for it.
insert into citizen (id, name, case_reference, cpr, target_group, benefit, job_goal, cv_ready, waiting_since, active,
                     readiness)
select p.citizen_base + g,
       (array['Anna', 'Ali', 'Bente', 'Bilal', 'Camilla', 'Christian', 'Dorthe', 'Emil', 'Fatima', 'Frederik',
              'Gitte', 'Hassan', 'Ida', 'Jens', 'Karin', 'Lars', 'Maja', 'Mohammed', 'Nanna', 'Ole', 'Pernille',
              'Rasmus', 'Sara', 'Søren', 'Tina', 'Usman', 'Vibeke', 'William', 'Yasmin', 'Zainab'])[1 + g % 30]
           || ' ' ||
       (array['Andersen', 'Christensen', 'Hansen', 'Jensen', 'Johansen', 'Larsen', 'Madsen', 'Mortensen',
              'Nielsen', 'Olsen', 'Pedersen', 'Petersen', 'Poulsen', 'Rasmussen', 'Sørensen', 'Thomsen', 'Ahmed',
              'Hussein', 'Kristensen', 'Møller'])[1 + (g / 30) % 20],
       'BENCH-' || lpad(g::text, 8, '0'),
       case when g % 10 <> 0
            then to_char(date '1960-01-01' + (g % 14600), 'DDMMYY') || '-' || (7000 + g / 14600)::text end,
       case when g % 20 < 8 then 1 when g % 20 < 15 then 2 when g % 20 < 18 then 3 else 4 end,
       (array['UNEMPLOYMENT_INSURANCE', 'CASH_BENEFIT', 'EDUCATION_BENEFIT', 'SICKNESS_BENEFIT', 'RESOURCE_COURSE',
              'INTEGRATION_PROGRAMME'])[1 + g % 6],
       (array['Pædagogmedhjælper', 'Kontorassistent', 'Gartner', 'Rengøring', 'Køkkenmedhjælper', 'Lagerarbejder',
              'Omsorgsmedhjælper', 'Butiksassistent', 'Chauffør', 'Social- og sundhedshjælper'])[1 + (g / 7) % 10],
       g % 10 < 7,
       p.today - (random() * 900)::int,
       g % 25 <> 0,
       case when g % 6 in (1, 2, 5) then case when g % 20 < 8 then 'JOB_READY' else 'ACTIVITY_READY' end end
from bench_param p, generate_series(1, p.citizens) g;

-- Slots: T0 spread over ten years; the young ones are open or filled, the older ones
-- filled, vacant or closed. The phase and its times follow the slot flow's rules.
create temp table bench_slot on commit drop as
with drawn as (
    select g as n, random() as r_dept, random() as r_unit, random() as r_age, random() as r_phase,
           random() as r_sub, random() as r_round, random() as r_start, random() as r_title
    from bench_param p, generate_series(1, p.slots) g
), placed as (
    select x.*, d.id as department_id, d.one_cv_mode, d.employer,
           u.unit_id,
           x.r_age * 3652 as age_days,
           case when x.r_round < 0.45 then 1 when x.r_round < 0.8 then 2 else 3 end as round_no
    from drawn x
    join bench_department d on x.r_dept >= d.lower_bound and (x.r_dept < d.upper_bound or d.upper_bound >= 1)
    join bench_unit u on u.department_id = d.id and u.idx = floor(u.n * x.r_unit * x.r_unit)::int
), phased as (
    select x.*,
           case when x.age_days < 182 then
                    case when x.r_phase >= 0.75 then 'FILLED'
                         when x.r_sub < 0.5 then 'REFERRAL'
                         when x.r_sub < 0.85 then 'EMPLOYER_RESPONSE'
                         else 'AGREEMENT' end
                when x.age_days < 547 then
                    case when x.r_phase < 0.55 then 'FILLED' when x.r_phase < 0.70 then 'VACANT' else 'CLOSED' end
                else case when x.r_phase < 0.08 then 'VACANT' else 'CLOSED' end end as phase,
           p.t_now - make_interval(secs => x.age_days * 86400) as opened_at
    from placed x, bench_param p
), timed as (
    select x.*,
           -- the moment the current phase began, for the open phases: at most 9.6 days ago
           greatest(x.opened_at, p.t_now - make_interval(secs => x.r_start * 9.6 * 86400)) as phase_start,
           -- the placement of a filled slot (and of vacant and half of the closed ones)
           (x.opened_at at time zone 'Europe/Copenhagen')::date + 21 + (x.r_start * 20)::int as placement_start,
           x.phase in ('AGREEMENT', 'FILLED', 'VACANT') or (x.phase = 'CLOSED' and x.r_sub < 0.5) as has_choice,
           x.phase in ('FILLED', 'VACANT') or (x.phase = 'CLOSED' and x.r_sub < 0.5) as has_placement
    from phased x, bench_param p
)
select p.slot_base + x.n as id, x.n, x.department_id, x.unit_id, x.one_cv_mode, x.employer, x.phase, x.round_no,
       x.opened_at, x.phase_start, x.has_choice, x.has_placement,
       (array['Pædagogmedhjælper', 'Kontorassistent', 'Gartner', 'Rengøringsassistent', 'Køkkenmedhjælper',
              'Lagermedarbejder', 'Omsorgsmedhjælper', 'Servicemedarbejder', 'Chaufførassistent',
              'Social- og sundhedshjælper', 'Pedelmedhjælper', 'Biblioteksassistent'])[1 + (x.r_title * 12)::int % 12]
           as title,
       case when x.r_title < 0.9 then 'WAGE_SUBSIDY' else 'INTERNSHIP' end as scheme,
       case when x.r_title < 0.7 then 37.0 when x.r_title < 0.85 then 30.0 else 25.0 end as weekly_hours,
       (x.opened_at at time zone 'Europe/Copenhagen')::date + 21 as wished_start,
       case when x.one_cv_mode then 1 else 2 end as per_round,
       case x.phase
           when 'REFERRAL' then case when not x.one_cv_mode and x.r_sub < 0.25 then 1 else 0 end
           when 'EMPLOYER_RESPONSE' then case when x.one_cv_mode then 1 else 2 end
           else case when x.one_cv_mode then 1 else 2 end end as round_size,
       least(x.placement_start, p.today) as placement_start,
       case when x.phase = 'FILLED' then greatest(x.placement_start + 180, p.today + 1 + (x.r_sub * 180)::int)
            else least(x.placement_start + 90 + (x.r_phase * 270)::int, p.today - 1) end as placement_end
from timed x, bench_param p;

insert into slot (id, department_id, unit_id, title, description, scheme, weekly_hours, wished_start, contact_person,
                  not_replacing_vacancy, representative_approved, one_cv_mode, phase, opened_at, deadline, round_no,
                  round_started_at, round_sent_at, round_size, chosen_referral_id, chosen_at, agreement_signed,
                  contract_signed, agreed_start, agreed_weekly_hours, subsidy_end, placement_id, created_by,
                  version)
select s.id, s.department_id, s.unit_id, s.title,
       'Praktiske opgaver i enheden sammen med faste medarbejdere.', s.scheme, s.weekly_hours, s.wished_start,
       'Kontaktperson ' || (s.n % 500 + 1),
       s.phase not in ('REFERRAL', 'EMPLOYER_RESPONSE') or s.n % 3 <> 0,
       s.phase not in ('REFERRAL', 'EMPLOYER_RESPONSE') or s.n % 4 <> 0,
       s.one_cv_mode, s.phase, s.opened_at,
       case when s.phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT')
            then (s.phase_start at time zone 'Europe/Copenhagen' + interval '7 days') at time zone 'Europe/Copenhagen'
       end,
       s.round_no,
       case when s.phase = 'REFERRAL' then s.phase_start
            else greatest(s.opened_at, s.phase_start - interval '6 days') end,
       case when s.phase = 'EMPLOYER_RESPONSE' then s.phase_start
            when s.phase = 'REFERRAL' then null
            else greatest(s.opened_at, s.phase_start - interval '3 days') end,
       s.round_size,
       case when s.has_choice and s.phase <> 'CLOSED'
            then p.referral_base + (s.n - 1) * 6 + (s.round_no - 1) * 2 + 1 end,
       case when s.has_choice and s.phase <> 'CLOSED' then s.phase_start end,
       s.phase in ('FILLED', 'VACANT') or (s.phase = 'AGREEMENT' and s.n % 2 = 0),
       s.phase in ('FILLED', 'VACANT'),
       case when s.phase in ('AGREEMENT', 'FILLED', 'VACANT') then s.placement_start end,
       case when s.phase in ('AGREEMENT', 'FILLED', 'VACANT') then s.weekly_hours end,
       case when s.phase in ('FILLED', 'VACANT') then s.placement_end end,
       case when s.phase in ('FILLED', 'VACANT') then p.placement_base + s.n end,
       s.employer, 0
from bench_slot s, bench_param p;

-- Referrals: two per round (one in one-CV mode); earlier rounds declined, the current
-- round proposed (phases 1-2), or one chosen and the other declined. Citizens are spread
-- so that no slot gets the same citizen twice and no two slots choose the same citizen.
create temp table bench_referral on commit drop as
select p.referral_base + (s.n - 1) * 6 + (k - 1) * 2 + j as id, s.id as slot_id, s.n, k as round_no, j,
       -- the last round's first referral (the chosen one, where there is a choice) gets
       -- the slot's own citizen, whom no other slot chooses
       p.citizen_base + 1 + ((s.n::bigint * 7919
           + case when k = s.round_no and j = 1 then 0 else (k * 2 + j) * 104729 end) % p.citizens) as citizen_id,
       case when k < s.round_no then 'DECLINED'
            when s.phase in ('REFERRAL', 'EMPLOYER_RESPONSE') then 'PROPOSED'
            when not s.has_choice then 'DECLINED'
            when j = 1 then 'CHOSEN'
            else 'DECLINED' end as state,
       s.opened_at + make_interval(days => (k - 1) * 10, hours => j) as referred_at,
       s.employer
from bench_slot s
cross join bench_param p
cross join lateral generate_series(1, s.round_no) k
cross join lateral generate_series(1, s.per_round) j
where k < s.round_no or s.phase <> 'REFERRAL' or j <= s.round_size;

insert into referral (id, slot_id, round_no, citizen_id, citizen_label, state, reason, referred_by, referred_at,
                      answered_by, answered_at, version)
select r.id, r.slot_id, r.round_no, r.citizen_id, c.name || ' (' || c.case_reference || ')', r.state,
       case when r.state = 'DECLINED' then 'Passer ikke til opgaverne' end,
       p.consultant, r.referred_at,
       case when r.state <> 'PROPOSED' then r.employer end,
       case when r.state <> 'PROPOSED' then r.referred_at + interval '5 days' end, 0
from bench_referral r
join citizen c on c.id = r.citizen_id
cross join bench_param p;

-- Placements: every filled and vacant slot's, half of the closed slots' (from before they
-- were reopened and closed), and imported internships, utility work and flex jobs over
-- ten years up to the total, overlapping the years.
insert into placement (id, department_id, unit_id, scheme, start_date, end_date, citizen_ref, citizen_id, slot_id,
                       version, created_at)
select p.placement_base + s.n, s.department_id, s.unit_id, s.scheme, s.placement_start, s.placement_end,
       c.case_reference, c.id, s.id, 0, s.placement_start
from bench_slot s
cross join bench_param p
join bench_referral r on r.id = p.referral_base + (s.n - 1) * 6 + (s.round_no - 1) * 2 + 1
join citizen c on c.id = r.citizen_id
where s.has_placement;

select setval(pg_get_serial_sequence('placement', 'id'), (select max(id) from placement));

insert into placement (department_id, unit_id, sector, scheme, start_date, end_date, citizen_ref, version, created_at)
select x.department_id,
       case when x.r_unit < 0.9 then u.unit_id end,
       -- those without a unit are in private companies (issue 14)
       case when x.r_unit < 0.9 then 'MUNICIPAL' else 'PRIVATE' end,
       x.scheme, x.start_date,
       case when x.scheme = 'FLEX_JOB' and x.r_end < 0.3 and x.start_date + x.days > p.today then null
            else x.start_date + x.days end,
       'BENCH-' || lpad((1 + (x.m::bigint * 15485863) % p.citizens)::text, 8, '0'), 0, x.start_date
from (
    select y.*, d.id as department_id,
           p.today - (y.r_start * 3652)::int as start_date,
           case y.scheme when 'INTERNSHIP' then 28 + (y.r_end * 63)::int
                         when 'UTILITY_WORK' then 91 + (y.r_end * 273)::int
                         else 365 + (y.r_end * 1460)::int end as days
    from (
        select g as m, random() as r_dept, random() as r_unit, random() as r_start, random() as r_end,
               case when g % 20 < 9 then 'INTERNSHIP' when g % 20 < 15 then 'UTILITY_WORK' else 'FLEX_JOB' end
                   as scheme
        from bench_param p,
             generate_series(1, greatest(0, p.placements - (select count(*) from bench_slot where has_placement))) g
    ) y
    cross join bench_param p
    join bench_department d on y.r_dept >= d.lower_bound and (y.r_dept < d.upper_bound or d.upper_bound >= 1)
) x
cross join bench_param p
join bench_unit u on u.department_id = x.department_id and u.idx = floor(u.n * x.r_unit * x.r_unit)::int
on conflict on constraint uk_placement_identity do nothing;

-- Citizens' status spells (issue 14): what the registers say every citizen did over the
-- ten years and a bit, as consecutive spells of one to twelve months (the length differs
-- from citizen to citizen, about 27 spells each), the current one still going: on benefit
-- 45 %, in a job 30 %, in education 10 %, something else 15 %. About one spell in twenty is
-- missing (not known), and every twentieth citizen is unknown to the registers altogether.
-- Spells of one citizen never overlap, as the import ensures.
insert into citizen_status_spell (citizen_ref, status, start_date, end_date, imported_at)
select 'BENCH-' || lpad(c.g::text, 8, '0'),
       case when h.status < 45 then 'BENEFIT' when h.status < 75 then 'JOB' when h.status < 85 then 'EDUCATION'
            else 'OTHER' end,
       c.first_day + k * c.len,
       case when c.first_day + (k + 1) * c.len <= p.today then c.first_day + (k + 1) * c.len - 1 end,
       p.t_now
from bench_param p
cross join lateral (
    select g, (30 + (g::bigint * 7919) % 336)::int as len, p.today - (3700 + (g::bigint * 104729) % 300)::int as first_day
    from generate_series(1, p.citizens) g
    where g % 20 <> 0
) c
cross join lateral generate_series(0, (p.today - c.first_day) / c.len) k
cross join lateral (select ((c.g::bigint * 2654435761 + k * 40503) % 1000003) % 100 as status,
                           ((c.g::bigint * 97 + k * 7919) % 1009) % 20 as missing) h
where h.missing <> 0;

-- History: the opening, every referral, and how the slot got to its phase.
insert into slot_history (slot_id, at, actor_id, actor_name, action, details)
select s.id, s.opened_at, s.employer, e.display_name, 'OPENED', s.title
from bench_slot s join app_user e on e.id = s.employer;

insert into slot_history (slot_id, at, actor_id, actor_name, action, details)
select r.slot_id, r.referred_at, p.consultant, k.display_name, 'REFERRED', f.citizen_label
from bench_referral r
join referral f on f.id = r.id
cross join bench_param p
join app_user k on k.id = p.consultant;

insert into slot_history (slot_id, at, actor_id, actor_name, action, details)
select s.id, e.at, s.employer, u.display_name, e.action, e.details
from bench_slot s
join app_user u on u.id = s.employer
cross join lateral (values
    (case when s.has_choice then s.phase_start end, 'CHOSEN', null::varchar),
    (case when s.phase in ('FILLED', 'VACANT') then s.phase_start + interval '2 days' end, 'FILLED', null),
    (case when s.phase = 'VACANT' then (s.placement_end + 1)::timestamp at time zone 'Europe/Copenhagen' end,
        'PLACEMENT_ENDED', s.placement_end::text),
    (case when s.phase = 'CLOSED' then s.opened_at + interval '26 weeks' end, 'CLOSED',
        'Ikke besat efter 26 uger')) e(at, action, details)
where e.at is not null;

-- Targets for every year: each department's full-year persons and flex-job head count of
-- the last full year, times 0.85-1.15 by department. The running year, which holds the
-- running placements of the young slots, is ahead of them on the combined schemes and
-- behind on flex jobs.
insert into target_figure (department_id, unit_id, year, combined_target, flexjob_target)
select f.department_id, null, y.year,
       round(f.person_days / 365.0 * (0.85 + (f.department_id % 4) * 0.1), 2),
       round(f.flex * (0.9 + (f.department_id % 3) * 0.1))::int
from (
    select pl.department_id,
           sum(least(coalesce(pl.end_date, b.last_day), b.last_day) - greatest(pl.start_date, b.first_day) + 1)
               filter (where pl.scheme <> 'FLEX_JOB') as person_days,
           count(distinct pl.citizen_ref) filter (where pl.scheme = 'FLEX_JOB') as flex
    from placement pl
    cross join (select make_date(extract(year from today)::int - 1, 1, 1) as first_day,
                       make_date(extract(year from today)::int - 1, 12, 31) as last_day from bench_param) b
    where pl.start_date <= b.last_day and coalesce(pl.end_date, 'infinity'::date) >= b.first_day
    group by pl.department_id
) f
cross join bench_param p
cross join lateral generate_series(extract(year from p.today)::int - 10, extract(year from p.today)::int + 1) y(year)
on conflict on constraint uk_target_figure
    do update set combined_target = excluded.combined_target, flexjob_target = excluded.flexjob_target;

-- Notifications for the demo users: a few hundred each, most of them read.
insert into notification (user_id, kind, reference, message_key, message_args, link, created_at, read_at)
select u.id, 'deadline-missed', 'bench-' || g, 'notification.deadline.phase' || (1 + g % 3),
       jsonb_build_array(s.title, to_char(s.opened_at at time zone 'Europe/Copenhagen', 'DD-MM-YYYY HH24:MI')),
       '/slots/' || s.id,
       p.t_now - make_interval(hours => g * 7),
       case when g > 20 then p.t_now - make_interval(hours => g * 7 - 1) end
from app_user u
cross join bench_param p
cross join generate_series(1, 300) g
join bench_slot s on s.n = 1 + (g * 131) % p.slots
where u.username in ('konsulent', 'konsulent2', 'arbejdsgiver', 'arbejdsgiver-sof', 'leder', 'leder-buf', 'admin')
on conflict on constraint uk_notification_recipient_subject do nothing;

-- Phase instances (issue 12): each generated slot's path through the flow since its T0,
-- as the slot module writes it (SubsidySlot.move): one instance a phase, each ending where
-- the next begins, the current phase the one running instance. Earlier rounds were
-- declined (round_no - 1 of them for the open slots; one in ten filled or vacant slots
-- had one); a filled slot was referred, chosen and completed; a vacant one's placement
-- ended; a closed slot was mostly filled, then vacant for 26 weeks and closed (where the
-- dates allow it), else left unused in phase 1 after one declined round and closed at
-- week 26. The deadlines are 7 days; about nine in ten phases end within them, the others
-- up to a week late (an open slot's last phase before the current one stretches to when
-- the current one began, so it is often late). Most slots get 4 to 6 instances.
create temp table bench_plan on commit drop as
with kinds as (
    select s.id, s.department_id, s.unit_id, s.phase, s.round_no, s.opened_at, s.phase_start,
           (s.placement_end + 1)::timestamp at time zone 'Europe/Copenhagen' as vacant_start,
           case when s.phase <> 'CLOSED' then s.phase
                when (s.has_placement or s.n % 5 <> 0) and s.placement_end + 1 + 182 < p.today then 'CLOSED_VACANT'
                else 'CLOSED_REFERRAL' end as kind,
           p.t_now
    from bench_slot s, bench_param p
)
select k.*,
       case when k.kind in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT') then k.round_no - 1
            when k.kind in ('FILLED', 'VACANT') then (k.round_no = 3 and k.id % 2 = 0)::int
            when k.kind = 'CLOSED_REFERRAL' then 1
            else 0 end as declined,
       case k.kind when 'REFERRAL' then '{}'::text[]
                   when 'EMPLOYER_RESPONSE' then '{REFERRAL}'
                   when 'AGREEMENT' then '{REFERRAL,EMPLOYER_RESPONSE}'
                   when 'FILLED' then '{REFERRAL,EMPLOYER_RESPONSE,AGREEMENT}'
                   when 'VACANT' then '{REFERRAL,EMPLOYER_RESPONSE,AGREEMENT,FILLED}'
                   when 'CLOSED_VACANT' then '{REFERRAL,EMPLOYER_RESPONSE,AGREEMENT,FILLED,VACANT}'
                   else '{REFERRAL}' end as tail_phases,
       case k.kind when 'REFERRAL' then '{}'::text[]
                   when 'EMPLOYER_RESPONSE' then '{SENT}'
                   when 'AGREEMENT' then '{SENT,CHOSEN}'
                   when 'FILLED' then '{SENT,CHOSEN,COMPLETED}'
                   when 'VACANT' then '{SENT,CHOSEN,COMPLETED,ENDED}'
                   when 'CLOSED_VACANT' then '{SENT,CHOSEN,COMPLETED,ENDED,CLOSED}'
                   else '{CLOSED}' end as tail_outcomes,
       -- the timed phases (1-3) end by then at the latest: the open phase's start, the
       -- fill before now or before the placement ended, week 26's closure
       case when k.kind in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT') then k.phase_start
            when k.kind = 'FILLED' then greatest(k.opened_at, k.t_now - interval '1 hour')
            when k.kind in ('VACANT', 'CLOSED_VACANT') then k.vacant_start
            else k.opened_at + interval '25 weeks' end as timed_limit
    from kinds k;

create temp table bench_step on commit drop as
with steps as (
    select c.id as slot_id, c.department_id, c.unit_id, c.kind, c.opened_at, c.vacant_start, c.timed_limit, g.i,
           count(*) over (partition by c.id) as m,
           case when g.i <= 2 * c.declined then case when g.i % 2 = 1 then 'REFERRAL' else 'EMPLOYER_RESPONSE' end
                else c.tail_phases[g.i - 2 * c.declined] end as phase,
           case when g.i <= 2 * c.declined then case when g.i % 2 = 1 then 'SENT' else 'DECLINED' end
                else c.tail_outcomes[g.i - 2 * c.declined] end as outcome
    from bench_plan c
    cross join lateral generate_series(1, 2 * c.declined + cardinality(c.tail_phases)) g(i)
), drawn as (
    select x.*,
           x.outcome in ('SENT', 'DECLINED', 'CHOSEN', 'COMPLETED') as timed,
           case when x.outcome not in ('SENT', 'DECLINED', 'CHOSEN', 'COMPLETED') then 0
                when random() < 0.92 then 0.3 + random() * 6.4 else 7.2 + random() * 7 end as days
    from steps x
), summed as (
    select x.*,
           sum(x.days) over (partition by x.slot_id order by x.i) as cum,
           sum(x.days) over (partition by x.slot_id) as total,
           max(x.i) filter (where x.timed) over (partition by x.slot_id) as last_timed
    from drawn x
), ended as (
    select x.*,
           case when x.timed and x.i = x.last_timed and x.kind in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT')
                    then x.timed_limit
                when x.timed
                    then x.opened_at + make_interval(secs => x.cum * 86400
                           * least(1, extract(epoch from x.timed_limit - x.opened_at) / 86400 / x.total))
                when x.phase = 'FILLED' then x.vacant_start
                when x.phase = 'VACANT' then x.vacant_start + interval '26 weeks'
                else x.opened_at + interval '26 weeks' end as ended_at
    from summed x
)
select e.slot_id, e.department_id, e.unit_id, e.phase, e.opened_at, e.ended_at, e.outcome,
       coalesce(lag(e.ended_at) over (partition by e.slot_id order by e.i), e.opened_at) as started_at
from ended e;

insert into slot_phase_instance (slot_id, department_id, unit_id, phase, opened_at, started_at, deadline, ended_at,
                                 outcome)
select e.slot_id, e.department_id, e.unit_id, e.phase, e.opened_at, e.started_at,
       case when e.phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT')
            then ((e.started_at at time zone 'Europe/Copenhagen') + interval '7 days') at time zone 'Europe/Copenhagen'
       end,
       greatest(e.started_at, e.ended_at), e.outcome
from bench_step e;

-- the closure job heard the employer two weeks before it closed an unused slot; a few
-- slots were closed by hand without a hearing
insert into slot_history (slot_id, at, actor_id, actor_name, action, details)
select e.slot_id, e.ended_at - interval '14 days', null, 'Pladsflow', 'HEARING_ASKED', null
from bench_step e
where e.outcome = 'CLOSED' and random() < 0.97;

-- the running instance: the current phase since the last one ended (an open slot's since
-- its round or choice, as the slot says)
insert into slot_phase_instance (slot_id, department_id, unit_id, phase, opened_at, started_at, deadline)
select s.id, s.department_id, s.unit_id, s.phase, s.opened_at,
       greatest(s.opened_at, coalesce(case s.phase when 'REFERRAL' then s.round_started_at
                                                   when 'EMPLOYER_RESPONSE' then s.round_sent_at
                                                   when 'AGREEMENT' then s.chosen_at
                                                   when 'VACANT' then s.vacant_since end,
                                      e.last_ended, s.opened_at)),
       case when s.phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT') then s.deadline end
from slot s
left join (select slot_id, max(ended_at) as last_ended from bench_step group by slot_id) e on e.slot_id = s.id
where not exists (select 1 from slot_phase_instance i where i.slot_id = s.id and i.ended_at is null);

select setval(pg_get_serial_sequence('slot', 'id'), (select max(id) from slot));
select setval(pg_get_serial_sequence('referral', 'id'), (select max(id) from referral));
select setval(pg_get_serial_sequence('citizen', 'id'), (select max(id) from citizen));

-- the triggers were off too: a new status revision, as any change of placements,
-- targets and units gives, so no instance keeps showing a report from before
update status_revision set revision = nextval('status_revision_seq') where id = 1;
update outcome_revision set revision = nextval('outcome_revision_seq') where id = 1;
update quality_revision set revision = nextval('quality_revision_seq') where id = 1;

set session_replication_role = origin;
