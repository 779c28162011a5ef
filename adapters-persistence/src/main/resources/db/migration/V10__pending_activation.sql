-- B3: how long an address has been pending activation counts from when its LOGIN went on; null while off.
alter table email_access add column login_on_at timestamptz;

-- Rows with LOGIN on from before this column existed: their pending time starts now.
update email_access set login_on_at = now() where login;

-- The account adapter writes login_on_at itself (keeping it across its rewrite of the rows); this keeps
-- the rule for any other writer: LOGIN on without a time gets the transaction's time, LOGIN off none.
create function email_access_login_on_at() returns trigger language plpgsql as $$
begin
    if new.login then
        new.login_on_at := coalesce(new.login_on_at, now());
    else
        new.login_on_at := null;
    end if;
    return new;
end
$$;

create trigger email_access_login_on_at before insert or update on email_access
    for each row execute function email_access_login_on_at();

-- B3: Pending activation pages by (login_on_at, account, contact, address) over the rows with LOGIN on.
create index email_access_pending_idx on email_access (login_on_at, account_id, contact_id, email_key collate "C") where login;
