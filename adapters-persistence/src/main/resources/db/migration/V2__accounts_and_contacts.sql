-- Accounts, contacts, the links between them with each address's access toggles, account teams,
-- the access history, and the rights of employees.

-- G2: an employee's rights; owners and admins have all and need none stored.
alter table staff
    add column rights text[] not null default '{}'
        constraint staff_rights_check check (rights <@ array['MANAGE_ACCOUNTS', 'VIEW_ALL_ACCOUNTS']);

create table account (
    id                  uuid        primary key,
    type                text        not null constraint account_type_check check (type in ('INDIVIDUAL', 'COMPANY', 'OTHER')),
    name                text        not null,
    -- A2: only companies have a company name and address
    company_name        text,
    company_street      text        not null default '',
    company_postal_code text        not null default '',
    company_city        text        not null default '',
    company_region      text        not null default '',
    company_country     text        not null default '',
    -- optimistic locking: an update applies only to the version it was read at;
    -- who saved last, and when, is what a refused save reports
    version             bigint      not null default 0,
    updated_by          uuid        not null references staff (id),
    updated_at          timestamptz not null,
    created_at          timestamptz not null,
    constraint account_company_name_check check ((type = 'COMPANY') = (company_name is not null))
);

-- E1: the list pages by (lower(name), id) from a cursor, in either direction.
create index account_name_idx on account (lower(name), id);
-- E2: "contains" search on names.
create index account_name_trgm_idx on account using gin (lower(name) gin_trgm_ops);

-- A6: the staff given access to an account.
create table account_team (
    account_id uuid not null references account (id) on delete cascade,
    staff_id   uuid not null references staff (id) on delete cascade,
    primary key (account_id, staff_id)
);

-- F2: the accounts a staff member may see; also the list's team-member filter.
create index account_team_staff_idx on account_team (staff_id, account_id);

create table contact (
    id          uuid        primary key,
    first_name  text        not null,
    last_name   text        not null,
    phone       text        not null default '',
    street      text        not null default '',
    postal_code text        not null default '',
    city        text        not null default '',
    region      text        not null default '',
    country     text        not null default '',
    version     bigint      not null default 0,
    updated_by  uuid        not null references staff (id),
    updated_at  timestamptz not null,
    created_at  timestamptz not null
);

create index contact_first_name_trgm_idx on contact using gin (lower(first_name) gin_trgm_ops);
create index contact_last_name_trgm_idx on contact using gin (lower(last_name) gin_trgm_ops);

-- A contact's addresses, the primary one at position 0. An address belongs to one contact at most,
-- whatever its capitals: email_key is lower(email), kept by the database and unique across contacts.
-- The access toggles refer to an address by its key, so changing only its capitals keeps them.
create table contact_email (
    contact_id uuid     not null references contact (id) on delete cascade,
    email      text     not null,
    email_key  text     not null generated always as (lower(email)) stored,
    position   integer  not null constraint contact_email_position_check check (position >= 0),
    primary key (contact_id, email_key),
    constraint contact_email_key unique (email_key),
    -- deferred: reordering addresses swaps positions within one save
    constraint contact_email_position_key unique (contact_id, position) deferrable initially deferred
);

-- E2: "any part of an email address".
create index contact_email_trgm_idx on contact_email using gin (email_key gin_trgm_ops);

-- The link account <-> contact, with what holds for this account only.
create table account_contact (
    account_id       uuid    not null references account (id) on delete cascade,
    -- a contact still linked somewhere cannot be deleted: an account keeps at least one contact
    contact_id       uuid    not null references contact (id),
    -- the order of the account's links, as saved
    position         integer not null,
    description      text    not null default '',
    signer_priority  integer not null default 0 constraint account_contact_signer_priority_check check (signer_priority between 0 and 99),
    signer_authority boolean not null default true,
    primary key (account_id, contact_id)
);

-- From a contact to its accounts (search, related accounts).
create index account_contact_contact_idx on account_contact (contact_id);

-- LOGIN, NOTIFY and EMAIL SYNC per address of a linked contact, per account. A row exists only for an
-- address of a contact linked to the account: unlinking the contact or removing the address from the
-- contact removes its toggles with it.
create table email_access (
    account_id uuid    not null,
    contact_id uuid    not null,
    email_key  text    not null,
    login      boolean not null default false,
    notify     boolean not null default false,
    email_sync boolean not null default false,
    primary key (account_id, contact_id, email_key),
    constraint email_access_link_fkey foreign key (account_id, contact_id)
        references account_contact (account_id, contact_id) on delete cascade,
    constraint email_access_email_fkey foreign key (contact_id, email_key)
        references contact_email (contact_id, email_key) on delete cascade on update cascade
);

-- The cascades from contact_email, and the accounts an address may log in to (B).
create index email_access_email_idx on email_access (contact_id, email_key);

-- Who changed which access of an account, when, from what to what. Append-only.
create table access_audit (
    -- an identity, not a UUID: it orders the entries recorded at the same instant
    id         bigint      generated always as identity primary key,
    account_id uuid        not null references account (id) on delete cascade,
    changed_by uuid        not null references staff (id),
    changed_at timestamptz not null,
    what       text        not null,
    old_value  text        not null default '',
    new_value  text        not null default ''
);

create index access_audit_account_idx on access_audit (account_id, changed_at desc, id desc);
