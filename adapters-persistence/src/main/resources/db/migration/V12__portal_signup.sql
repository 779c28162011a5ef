-- G3, B9: whether clients may sign up themselves, and who becomes the team of a self-signed-up
-- account. No rows in portal_signup_team: the firm's owner (the default).
alter table firm add column signup_open boolean not null default true;

create table portal_signup_team (
    staff_id uuid primary key references staff (id) on delete cascade
);

-- B9: a signup waiting for its email to be verified. Only the token's SHA-256 is kept, and the password
-- only as the hasher's hash. Used once, within 24 hours; nothing else is created until then.
create table pending_signup (
    token_hash    text        primary key constraint pending_signup_token_hash_check check (token_hash ~ '^[0-9a-f]{64}$'),
    email         text        not null,
    first_name    text        not null,
    last_name     text        not null,
    account_type  text        not null constraint pending_signup_account_type_check check (account_type in ('INDIVIDUAL', 'COMPANY', 'OTHER')),
    company_name  text,
    password_hash text        not null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    used_at       timestamptz
);
