-- Issue 11 item 10, issue 12 items 1-2: background jobs, run chunk by chunk by whichever node holds the
-- lease. The cursor (where the next chunk starts) is written in the transaction of each chunk's work.
create table job (
    id               uuid        primary key,
    kind             text        not null,
    parameters       jsonb       not null,
    state            text        not null
        constraint job_state_check check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    done             integer     not null default 0,
    total            integer     not null,
    cursor           text,
    lease_owner      text,
    lease_expires_at timestamptz,
    -- {"succeeded": n, "skipped": {"<reason key>": n, ...}}
    report           jsonb       not null default '{"succeeded": 0, "skipped": {}}',
    failures         integer     not null default 0,
    created_by       uuid        not null references staff (id),
    created_at       timestamptz not null,
    finished_at      timestamptz,
    constraint job_progress_check check (0 <= done and done <= total),
    constraint job_lease_check check ((lease_owner is null) = (lease_expires_at is null))
);

-- The workers' search for a runnable job, oldest first; finished jobs drop out of it.
create index job_runnable_idx on job (created_at) where state in ('QUEUED', 'RUNNING');

-- Files a job was started with (a bulk email's attachments), kept until the job is deleted.
create table job_file (
    job_id       uuid    not null references job (id) on delete cascade,
    position     integer not null,
    file_name    text    not null,
    content_type text    not null,
    content      bytea   not null,
    primary key (job_id, position)
);
