-- Issue 14 items 5 and 7: how the newest backup run ended (one row), for Home's health and the failed-backup notice.
create table backup_run (
    single    boolean     primary key default true check (single),
    ran_at    timestamptz not null,
    succeeded boolean     not null
);
