-- Issue 12 items 5-7 (A10): CSV import. An uploaded file is staged row by row (never held in memory), read
-- by the dry run and by the IMPORT job, and dropped by the job's last chunk; the job's problems then hold
-- the rejected rows.
create table import_file (
    id         uuid        primary key,
    staff_id   uuid        not null references staff (id) on delete cascade,
    header     text[]      not null,
    created_at timestamptz not null,
    -- set once, when the import is confirmed: a file is imported once
    started_at timestamptz
);

create table import_row (
    import_id  uuid    not null references import_file (id) on delete cascade,
    -- the row's number in the file, the header being row 1
    row_no     bigint  not null,
    row_values text[]  not null,
    -- a digest of the values: an earlier row with the same values (a duplicate) is found by index
    row_hash   uuid    not null,
    primary key (import_id, row_no)
);

create index import_row_hash_idx on import_row (import_id, row_hash, row_no);

-- Item 5: the mapping each staff member last used for a header, as column targets' codes.
create table import_mapping (
    staff_id uuid   not null references staff (id) on delete cascade,
    header   text[] not null,
    targets  text[] not null,
    primary key (staff_id, header)
);

-- Item 7: what each import created, for its undo. The accounts' rows cascade: an account deleted since
-- leaves the import.
create table import_account (
    job_id     uuid not null references job (id) on delete cascade,
    account_id uuid not null references account (id) on delete cascade,
    primary key (job_id, account_id)
);

create index import_account_account_idx on import_account (account_id);

create table import_contact (
    job_id     uuid not null references job (id) on delete cascade,
    contact_id uuid not null references contact (id) on delete cascade,
    primary key (job_id, contact_id)
);

create index import_contact_contact_idx on import_contact (contact_id);

create table import_undone (
    job_id    uuid        primary key references job (id) on delete cascade,
    undone_at timestamptz not null
);
