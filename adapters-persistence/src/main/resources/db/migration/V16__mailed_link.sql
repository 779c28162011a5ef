-- Issue 9: one table for every single-use mailed link, whatever its purpose. Only the SHA-256 of the
-- 256-bit secret is kept. A link is open while used_at and voided_at are null and expires_at is ahead.
-- The holder is whom it is for: a staff member's or portal user's id, or an address's lower-case key
-- (invitations and sign-ups, before the person exists). Issuing or using a link voids the holder's
-- other open links of the same purpose.
create table mailed_link (
    token_hash text        primary key constraint mailed_link_token_hash_check check (token_hash ~ '^[0-9a-f]{64}$'),
    purpose    text        not null constraint mailed_link_purpose_check check (purpose in
                   ('STAFF_PASSWORD_RESET', 'PORTAL_PASSWORD_RESET', 'PORTAL_INVITATION', 'SIGNUP_VERIFICATION', 'STAFF_INVITATION')),
    holder     text        not null,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    voided_at  timestamptz
);

-- A holder's newest link of a purpose (B3's "last invited at", the login state), and voiding its open links.
create index mailed_link_holder_idx on mailed_link (purpose, holder, issued_at desc);

-- What only an invitation has (B1–B5): the account it was sent for, the mail's message and sender.
create table link_invitation (
    token_hash        text        primary key references mailed_link (token_hash) on delete cascade,
    account_id        uuid        not null references account (id) on delete cascade,
    email             text        not null,
    personal_message  text        not null default '',
    invited_by        uuid        not null references staff (id),
    new_link_asked_at timestamptz
);

-- Bug 8: LOGIN off on one account voids only the invitations issued for it.
create index link_invitation_account_idx on link_invitation (account_id);

-- What only a sign-up has (B9): what confirming creates; the password only as the hasher's hash.
create table link_signup (
    token_hash    text primary key references mailed_link (token_hash) on delete cascade,
    email         text not null,
    first_name    text not null,
    last_name     text not null,
    account_type  text not null constraint link_signup_account_type_check check (account_type in ('INDIVIDUAL', 'COMPANY', 'OTHER')),
    company_name  text,
    password_hash text not null
);

-- The reset and sign-up links that still work move over; dead ones serve nobody. Every invitation
-- moves, open or not: it is the record of who was invited when (B3) and the address's login state.
insert into mailed_link (token_hash, purpose, holder, issued_at, expires_at)
select token_hash, 'STAFF_PASSWORD_RESET', staff_id::text, created_at, expires_at
from password_reset_ticket where used_at is null and expires_at > now();

insert into mailed_link (token_hash, purpose, holder, issued_at, expires_at)
select token_hash, 'PORTAL_PASSWORD_RESET', portal_user_id::text, created_at, expires_at
from portal_password_reset where closed_at is null and expires_at > now();

insert into mailed_link (token_hash, purpose, holder, issued_at, expires_at, used_at, voided_at)
select token_hash, 'PORTAL_INVITATION', email_key, sent_at, expires_at, used_at, voided_at
from invitation;

insert into link_invitation (token_hash, account_id, email, personal_message, invited_by, new_link_asked_at)
select token_hash, account_id, email, personal_message, invited_by, new_link_asked_at
from invitation;

insert into mailed_link (token_hash, purpose, holder, issued_at, expires_at)
select token_hash, 'SIGNUP_VERIFICATION', lower(email), created_at, expires_at
from pending_signup where used_at is null and expires_at > now();

insert into link_signup (token_hash, email, first_name, last_name, account_type, company_name, password_hash)
select s.token_hash, s.email, s.first_name, s.last_name, s.account_type, s.company_name, s.password_hash
from pending_signup s join mailed_link l on l.token_hash = s.token_hash;

drop table password_reset_ticket, portal_password_reset, invitation, pending_signup;
