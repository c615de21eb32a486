-- Target groups 1-4 of the action plan for vulnerable citizens (issue 10, item 9), and
-- readiness (jobparat / aktivitetsparat) as a fact of its own: the law's duration limits
-- depend on it for kontanthjælp, uddannelseshjælp and the integration programme.
--
-- Before, target_group meant 1 job-ready, 2 activity-ready close to a job, 3 activity-
-- ready further from one. Readiness is taken from that for the three benefits where the
-- law asks for it; the numbers stay (1 a placement in a workplace or a part-time job,
-- 2 a workplace-preparing course, 3 to be assessed) and the consultants review group 3
-- (docs/citizens.md).
alter table citizen add column readiness varchar(20);
alter table citizen add constraint ck_citizen_readiness
    check (readiness is null or readiness in ('JOB_READY', 'ACTIVITY_READY'));

update citizen set readiness = case when target_group = 1 then 'JOB_READY' else 'ACTIVITY_READY' end
where benefit in ('CASH_BENEFIT', 'EDUCATION_BENEFIT', 'INTEGRATION_PROGRAMME');

alter table citizen drop constraint ck_citizen_target_group;
alter table citizen add constraint ck_citizen_target_group check (target_group between 1 and 4);
