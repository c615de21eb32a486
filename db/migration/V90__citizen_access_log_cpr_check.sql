-- Issue 11: a "does this CPR number exist" check that finds a citizen (the form's and the
-- import's) is a read of that citizen's CPR number, and is logged like one.
alter table citizen_access_log drop constraint ck_citizen_access_log_action;
alter table citizen_access_log add constraint ck_citizen_access_log_action
    check (action in ('VIEW', 'CREATE', 'UPDATE', 'IMPORT', 'CPR_CHECK'));
