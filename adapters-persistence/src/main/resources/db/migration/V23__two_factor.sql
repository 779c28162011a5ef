-- Issue 10 items 6–8: authenticator apps (RFC 6238) of staff members and portal users, and their
-- single-use recovery codes (only the SHA-256 of each is kept). Exactly one of the two holder columns
-- is set. last_used_step refuses a code's step a second time, also when two checks race.
create table authenticator_app (
    id             uuid        primary key,
    staff_id       uuid        unique references staff (id) on delete cascade,
    portal_user_id uuid        unique references portal_user (id) on delete cascade,
    secret         text        not null constraint authenticator_app_secret_check check (secret ~ '^[A-Z2-7]{32}$'),
    last_used_step bigint      not null default -1,
    enrolled_at    timestamptz not null,
    constraint authenticator_app_holder_check check (num_nonnulls(staff_id, portal_user_id) = 1)
);

-- Removed with their app: enrolling again or turning the app off voids them.
create table recovery_code (
    app_id    uuid        not null references authenticator_app (id) on delete cascade,
    code_hash text        not null constraint recovery_code_code_hash_check check (code_hash ~ '^[0-9a-f]{64}$'),
    used_at   timestamptz,
    primary key (app_id, code_hash)
);

-- Item 7: whom the firm requires to use a second factor. A firm set up before this release keeps
-- signing in as before (NOBODY) until an owner or admin chooses; a new firm gets the default.
alter table firm add column two_factor_required text not null default 'NOBODY'
    constraint firm_two_factor_required_check check (two_factor_required in ('NOBODY', 'OWNER_AND_ADMINS', 'ALL_STAFF'));
alter table firm alter column two_factor_required set default 'OWNER_AND_ADMINS';
