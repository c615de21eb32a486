-- Issue 11: login throttling instead of an account lock that anyone could set off.
-- Failed logins are counted per account and client address (PAIR), per client address
-- (ADDRESS) and per account over distinct addresses (ACCOUNT); past a number of free
-- failures each further one blocks that key for a delay that doubles, up to a maximum.
-- "account" is the user name as typed (normalised), whether or not such a user exists.
create table login_throttle (
    scope         varchar(8)   not null check (scope in ('PAIR', 'ADDRESS', 'ACCOUNT')),
    account       varchar(100) not null default '',
    address       varchar(64)  not null default '',
    failures      integer      not null,
    first_failure timestamptz  not null,
    last_failure  timestamptz  not null,
    blocked_until timestamptz,
    constraint login_throttle_pk primary key (scope, account, address)
);

create index ix_login_throttle_last_failure on login_throttle (last_failure desc);
create index ix_login_throttle_account on login_throttle (account);

-- the old lock after five failures is gone: an attacker could lock anyone out with it
alter table app_user drop column failed_logins, drop column locked_until;
