-- Issue 12, item 9: Clients → Accounts sorts by every column it shows, page by page (keyset on
-- (key, lower(name), id)) at a million accounts. A team, the tags and the three indicators are computed from
-- other tables, which no index can order; so each account has a row of sort keys here, kept right by the
-- statement triggers below on every write of those tables, whoever writes — one set-based statement per
-- statement written, whatever its number of rows (a bulk edit, an import). A table of its own, narrow, rather
-- than columns of account: a bulk edit of 10,000 accounts rewrote 10,000 account rows and every index of
-- account (16 s on the 1M database, against 0.7 s here).
--   team: the first team member's "first last", lower-cased ('' for no team: first)
--   tags: the first tag's name, lower-cased ('' for no tag: first)
--   login, notify, sync: 0 when on (as E1 shows it), 1 when off: on before off
create table account_sort_key (
    account_id uuid     primary key references account (id) on delete cascade,
    -- lower(name), as account_name_idx orders: ties of a key follow the name
    name_key   text     not null,
    type       text     not null,
    team       text     not null default '',
    tags       text     not null default '',
    login      smallint not null default 1,
    notify     smallint not null default 1,
    sync       smallint not null default 1
);

insert into account_sort_key (account_id, name_key, type) select id, lower(name), type from account;

-- The keys of these accounts as the other tables say; a row whose keys are right is not written.
create function account_sort_keys_of(ids uuid[]) returns void language sql as $$
    with k as (
        select a.id,
               coalesce((select min(lower(s.first_name || ' ' || s.last_name)) from account_team t join staff s on s.id = t.staff_id
                         where t.account_id = a.id), '') as team,
               coalesce((select min(lower(g.name)) from account_tag x join tag g on g.id = x.tag_id
                         where x.account_id = a.id), '') as tags,
               case when exists (select 1 from email_access e where e.account_id = a.id and e.login)
                      or exists (select 1 from unlinked_access u where u.account_id = a.id) then 0 else 1 end as login,
               case when exists (select 1 from email_access e where e.account_id = a.id and e.notify) then 0 else 1 end as notify,
               case when exists (select 1 from email_access e where e.account_id = a.id and e.email_sync) then 0 else 1 end as sync
        from account a where a.id = any(ids)
    )
    update account_sort_key s
    set team = k.team, tags = k.tags, login = k.login, notify = k.notify, sync = k.sync
    from k
    where s.account_id = k.id
      and (s.team, s.tags, s.login, s.notify, s.sync) is distinct from (k.team, k.tags, k.login, k.notify, k.sync)
$$;

select account_sort_keys_of(array(select id from account));

-- The three indicators only: what a write of email_access or unlinked_access can change (a bulk edit, an
-- import), without the team's and the tags' lookups.
create function account_access_keys_of(ids uuid[]) returns void language sql as $$
    with k as (
        select a.id,
               case when exists (select 1 from email_access e where e.account_id = a.id and e.login)
                      or exists (select 1 from unlinked_access u where u.account_id = a.id) then 0 else 1 end as login,
               case when exists (select 1 from email_access e where e.account_id = a.id and e.notify) then 0 else 1 end as notify,
               case when exists (select 1 from email_access e where e.account_id = a.id and e.email_sync) then 0 else 1 end as sync
        from unnest(ids) as a(id)
    )
    update account_sort_key s
    set login = k.login, notify = k.notify, sync = k.sync
    from k
    where s.account_id = k.id and (s.login, s.notify, s.sync) is distinct from (k.login, k.notify, k.sync)
$$;

-- A new account gets its row (its team, tags and access follow in their own statements); a renamed or
-- retyped one has it changed. A deleted one loses it by the foreign key.
create function account_sort_key_account() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into account_sort_key (account_id, name_key, type) select id, lower(name), type from new_rows;
    else
        update account_sort_key s set name_key = lower(n.name), type = n.type
        from new_rows n join old_rows o on o.id = n.id
        where s.account_id = n.id and (n.name, n.type) is distinct from (o.name, o.type);
    end if;
    return null;
end
$$;

-- One trigger function per source table and kind of change, each passing the accounts its rows touch.
create function account_sort_keys_by_account_new() returns trigger language plpgsql as $$
begin
    perform account_sort_keys_of(array(select distinct account_id from new_rows));
    return null;
end
$$;

create function account_sort_keys_by_account_old() returns trigger language plpgsql as $$
begin
    perform account_sort_keys_of(array(select distinct account_id from old_rows));
    return null;
end
$$;

create function account_access_keys_new() returns trigger language plpgsql as $$
begin
    perform account_access_keys_of(array(select distinct account_id from new_rows));
    return null;
end
$$;

create function account_access_keys_old() returns trigger language plpgsql as $$
begin
    perform account_access_keys_of(array(select distinct account_id from old_rows));
    return null;
end
$$;

-- A staff member renamed: the accounts on whose team they are.
create function account_sort_keys_staff() returns trigger language plpgsql as $$
begin
    perform account_sort_keys_of(array(
        select distinct t.account_id from new_rows n join old_rows o on o.id = n.id join account_team t on t.staff_id = n.id
        where (n.first_name, n.last_name) <> (o.first_name, o.last_name)));
    return null;
end
$$;

-- A tag renamed: the accounts that have it.
create function account_sort_keys_tag() returns trigger language plpgsql as $$
begin
    perform account_sort_keys_of(array(
        select distinct x.account_id from new_rows n join old_rows o on o.id = n.id join account_tag x on x.tag_id = n.id
        where n.name <> o.name));
    return null;
end
$$;

create trigger account_sort_key_account_insert after insert on account
    referencing new table as new_rows for each statement execute function account_sort_key_account();
create trigger account_sort_key_account_update after update on account
    referencing old table as old_rows new table as new_rows for each statement execute function account_sort_key_account();
create trigger account_sort_keys_team_insert after insert on account_team
    referencing new table as new_rows for each statement execute function account_sort_keys_by_account_new();
create trigger account_sort_keys_team_delete after delete on account_team
    referencing old table as old_rows for each statement execute function account_sort_keys_by_account_old();
create trigger account_sort_keys_tag_insert after insert on account_tag
    referencing new table as new_rows for each statement execute function account_sort_keys_by_account_new();
create trigger account_sort_keys_tag_delete after delete on account_tag
    referencing old table as old_rows for each statement execute function account_sort_keys_by_account_old();
create trigger account_sort_keys_access_insert after insert on email_access
    referencing new table as new_rows for each statement execute function account_access_keys_new();
create trigger account_sort_keys_access_update after update on email_access
    referencing new table as new_rows for each statement execute function account_access_keys_new();
create trigger account_sort_keys_access_delete after delete on email_access
    referencing old table as old_rows for each statement execute function account_access_keys_old();
create trigger account_sort_keys_unlinked_insert after insert on unlinked_access
    referencing new table as new_rows for each statement execute function account_access_keys_new();
create trigger account_sort_keys_unlinked_delete after delete on unlinked_access
    referencing old table as old_rows for each statement execute function account_access_keys_old();
create trigger account_sort_keys_staff_update after update on staff
    referencing old table as old_rows new table as new_rows for each statement execute function account_sort_keys_staff();
create trigger account_sort_keys_tag_update after update on tag
    referencing old table as old_rows new table as new_rows for each statement execute function account_sort_keys_tag();

-- The list's keyset for each sort, as account_name_idx is for the name's.
create index account_sort_key_type_idx on account_sort_key (type, name_key, account_id);
create index account_sort_key_team_idx on account_sort_key (team, name_key, account_id);
create index account_sort_key_tags_idx on account_sort_key (tags, name_key, account_id);
create index account_sort_key_login_idx on account_sort_key (login, name_key, account_id);
create index account_sort_key_notify_idx on account_sort_key (notify, name_key, account_id);
create index account_sort_key_sync_idx on account_sort_key (sync, name_key, account_id);
analyze account_sort_key;
