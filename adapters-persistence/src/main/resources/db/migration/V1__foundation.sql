-- Foundation: the firm, its staff, password reset tickets and the mail outbox.

-- Trigram indexes for searching names and emails (used by later migrations).
create extension if not exists pg_trgm;

-- The one firm using this installation. The always-true "singleton" column is unique,
-- so a second row is refused by the database itself, also when two setups race.
create table firm (
    id         uuid        primary key,
    name       text        not null,
    created_at timestamptz not null,
    singleton  boolean     not null default true,
    constraint firm_singleton_key unique (singleton),
    constraint firm_singleton_check check (singleton)
);

create table staff (
    id            uuid        primary key,
    first_name    text        not null,
    last_name     text        not null,
    -- as written; looked up and kept unique regardless of capitals
    email         text        not null,
    role          text        not null constraint staff_role_check check (role in ('OWNER', 'ADMIN', 'EMPLOYEE')),
    active        boolean     not null default true,
    password_hash text        not null,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now()
);

create unique index staff_email_key on staff (lower(email));

-- Only the SHA-256 of a reset token is stored, never the token.
create table password_reset_ticket (
    token_hash text        primary key constraint password_reset_ticket_token_hash_check check (token_hash ~ '^[0-9a-f]{64}$'),
    staff_id   uuid        not null references staff (id) on delete cascade,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);

-- Redeeming a ticket voids the other open tickets of the same person.
create index password_reset_ticket_open_idx on password_reset_ticket (staff_id) where used_at is null;

-- Transactional outbox: a mail is written in the transaction of the change that causes it.
create table mail_outbox (
    id              uuid        primary key,
    recipient       text        not null,
    subject         text        not null,
    html_body       text        not null,
    text_body       text        not null,
    status          text        not null default 'PENDING' constraint mail_outbox_status_check check (status in ('PENDING', 'SENT', 'DEAD')),
    failed_attempts integer     not null default 0 constraint mail_outbox_failed_attempts_check check (failed_attempts >= 0),
    next_attempt_at timestamptz not null,
    last_error      text,
    queued_at       timestamptz not null,
    sent_at         timestamptz
);

-- What the dispatchers poll: only pending rows, by due time.
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
-- What admins see: undeliverable mails, newest first.
create index mail_outbox_dead_idx on mail_outbox (queued_at) where status = 'DEAD';
