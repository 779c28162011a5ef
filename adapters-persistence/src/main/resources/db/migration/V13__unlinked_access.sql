-- B8: an address that activated its portal access and then left its contact (removed, or changed to
-- another) keeps LOGIN on the account it had it on, until staff turn it off under Unlinked emails.
-- email_access cannot hold it: its rows belong to an address of a linked contact and go with it.
create table unlinked_access (
    account_id uuid        not null references account (id) on delete cascade,
    email      text        not null,
    email_key  text        not null generated always as (lower(email)) stored,
    since      timestamptz not null,
    primary key (account_id, email_key)
);

-- B6, B7: the accounts an address may log in to, found from the address.
create index unlinked_access_email_idx on unlinked_access (email_key);
