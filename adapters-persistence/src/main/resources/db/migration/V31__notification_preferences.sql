-- Issue 11, item 1: what each address hears of per account, kept with its access row on that account:
-- removing the address from its contact or unlinking the contact removes them. No row: every category,
-- each as it happens.
create table notification_preference (
    account_id     uuid    not null,
    contact_id     uuid    not null,
    email_key      text    not null,
    all_categories boolean not null,
    categories     text[]  not null default '{}',
    delivery       text    not null constraint notification_preference_delivery_check
        check (delivery in ('EACH_AS_IT_HAPPENS', 'DAILY_DIGEST')),
    primary key (account_id, contact_id, email_key),
    constraint notification_preference_access_fkey foreign key (account_id, contact_id, email_key)
        references email_access (account_id, contact_id, email_key) on delete cascade on update cascade
);

-- Issue 11, item 1: the categories no client can turn off.
alter table firm add column locked_notification_categories text[] not null default '{}';

-- C1, C5: the recipients of a notification are the account's addresses with NOTIFY on.
create index email_access_notify_idx on email_access (account_id) include (contact_id, email_key, login) where notify;

-- C5 and the daily digest: one row per notification and address, kept when the notification has a reference
-- (its deliveries are looked up by it) or waits for the address's digest. mail_id is the outbox row that
-- carries it (no foreign key: sent rows are purged, and a delivery whose row is gone was sent); a digest
-- item has none until its digest is queued.
create table notification_delivery (
    id           uuid        primary key,
    reference    uuid,
    account_id   uuid        not null references account (id) on delete cascade,
    email        text        not null,
    email_key    text        not null generated always as (lower(email)) stored,
    mail_id      uuid,
    digest       boolean     not null,
    account_name text,
    event        text,
    -- the event's parameters, names and values at the same positions
    parameter_names  text[],
    parameter_values text[],
    language     text,
    raised_at    timestamptz not null default now(),
    constraint notification_delivery_digest_check check (not digest or (event is not null and parameter_values is not null
        and language is not null and account_name is not null))
);

create index notification_delivery_reference_idx on notification_delivery (reference) where reference is not null;
-- What the daily digest claims: held items not yet sent, by address.
create index notification_delivery_digest_idx on notification_delivery (email_key, raised_at) where digest and mail_id is null;
