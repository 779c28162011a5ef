-- Issue 14 item 3: exports (an account's data for staff, a client's own data from the portal), one per EXPORT job.
-- The requester is a staff member or a portal user; only they may download it. The ZIP is stored in parts of at
-- most a megabyte, written and read one at a time, so neither building nor downloading holds the file whole.
create table data_export (
    job_id         uuid        primary key references job (id) on delete cascade,
    staff_id       uuid        references staff (id) on delete cascade,
    portal_user_id uuid        references portal_user (id) on delete cascade,
    account_id     uuid        references account (id) on delete cascade,
    requested_at   timestamptz not null,
    -- null until the file is built; 24 hours after that the hourly task deletes its parts
    expires_at     timestamptz,
    size           bigint      not null default 0,
    constraint data_export_requester_check check ((staff_id is null) <> (portal_user_id is null)),
    constraint data_export_account_check check ((staff_id is null) = (account_id is null))
);

-- My profile's newest export of a client.
create index data_export_portal_user_idx on data_export (portal_user_id, requested_at) where portal_user_id is not null;
-- The hourly purge finds the expired files that still have parts.
create index data_export_expires_idx on data_export (expires_at) where expires_at is not null;

create table data_export_part (
    job_id   uuid    not null references data_export (job_id) on delete cascade,
    position integer not null,
    content  bytea   not null,
    primary key (job_id, position)
);

-- An account's notifications, read by its export (the only look-up of them by account).
create index notification_delivery_account_idx on notification_delivery (account_id, raised_at);
