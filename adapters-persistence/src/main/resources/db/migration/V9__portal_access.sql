-- B: portal access. A portal user is the identity of one email address (its key, like contact_email's);
-- it reaches the accounts where that address has LOGIN on in email_access, asked at every request.
create table portal_user (
    id            uuid        primary key,
    email         text        not null,
    email_key     text        not null generated always as (lower(email)) stored,
    password_hash text        not null,
    created_at    timestamptz not null,
    last_login_at timestamptz,
    constraint portal_user_email_key unique (email_key)
);

-- B1–B5: invitation links, per account and address. Only the token's SHA-256 is kept. A link is open
-- while used_at and voided_at are null and expires_at is ahead.
create table invitation (
    token_hash       text        primary key,
    account_id       uuid        not null references account (id) on delete cascade,
    email            text        not null,
    email_key        text        not null generated always as (lower(email)) stored,
    personal_message text        not null default '',
    invited_by       uuid        not null references staff (id),
    sent_at          timestamptz not null,
    expires_at       timestamptz not null,
    used_at          timestamptz,
    voided_at        timestamptz
);

-- An address's latest link on an account (its state, B3's "last invited at"), and voiding its open links.
create index invitation_address_idx on invitation (email_key, account_id, sent_at desc);

-- B2: the firm's settings for the portal; B9 comes with self-signup.
alter table firm add column invitation_validity_days integer not null default 7
    constraint firm_invitation_validity_days_check check (invitation_validity_days between 1 and 90);

-- A client's own actions (activating the portal) are in the access history too: no staff member made them.
alter table access_audit alter column changed_by drop not null;

-- B6, B7: the accounts an address may log in to, found from the address.
create index email_access_login_idx on email_access (email_key) where login;
