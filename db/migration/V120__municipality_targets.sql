-- The municipality's own target figures for a year. The published status of a
-- municipality can carry targets for the municipality as a whole that are not the sum of
-- its departments' (a flex-job target of 850 where the departments' add up to 751). Where
-- a year has a row here, the status's total row is measured against it; where it has
-- none, against the departments' sum.
create table municipality_target (
    year            integer      not null,
    -- internship + wage subsidy + utility work, in full-year persons; null: none
    combined_target numeric(9, 2),
    -- flex jobs, in head count; null: none
    flexjob_target  integer,
    -- 1 for a new row: a form made where none was set says 0
    version         bigint       not null default 1,
    constraint pk_municipality_target primary key (year),
    constraint ck_municipality_target_year check (year between 2000 and 2100),
    constraint ck_municipality_target_combined check (combined_target is null or combined_target >= 0),
    constraint ck_municipality_target_flexjob check (flexjob_target is null or flexjob_target >= 0)
);

-- a kept status report is not reused past a change of these targets (see V70)
create trigger tg_municipality_target_status_revision after insert or update or delete or truncate
    on municipality_target for each statement execute function count_status_revision();
