-- Issue 12, item 9: Clients → Accounts sorts by every column it shows, page by page (keyset on
-- (key, lower(name), id)) at a million accounts. A team, the tags and the three indicators are computed from
-- other tables, which no index can order; so each account keeps its sort key of each, kept right by the
-- statement triggers below on every write of those tables, whoever writes — one set-based statement per
-- statement written, whatever its number of rows (a bulk edit, an import).
--   sort_team: the first team member's "first last", lower-cased ('' for no team: first)
--   sort_tags: the first tag's name, lower-cased ('' for no tag: first)
--   sort_login, sort_notify, sort_sync: 0 when on (as E1 shows it), 1 when off: on before off
alter table account
    add column sort_team   text     not null default '',
    add column sort_tags   text     not null default '',
    add column sort_login  smallint not null default 1,
    add column sort_notify smallint not null default 1,
    add column sort_sync   smallint not null default 1;

-- The keys of these accounts as the other tables say; an account whose keys are right is not written.
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
    update account a
    set sort_team = k.team, sort_tags = k.tags, sort_login = k.login, sort_notify = k.notify, sort_sync = k.sync
    from k
    where a.id = k.id
      and (a.sort_team, a.sort_tags, a.sort_login, a.sort_notify, a.sort_sync) is distinct from (k.team, k.tags, k.login, k.notify, k.sync)
$$;

select account_sort_keys_of(array(select id from account));

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

create trigger account_sort_keys_team_insert after insert on account_team
    referencing new table as new_rows for each statement execute function account_sort_keys_by_account_new();
create trigger account_sort_keys_team_delete after delete on account_team
    referencing old table as old_rows for each statement execute function account_sort_keys_by_account_old();
create trigger account_sort_keys_tag_insert after insert on account_tag
    referencing new table as new_rows for each statement execute function account_sort_keys_by_account_new();
create trigger account_sort_keys_tag_delete after delete on account_tag
    referencing old table as old_rows for each statement execute function account_sort_keys_by_account_old();
create trigger account_sort_keys_access_insert after insert on email_access
    referencing new table as new_rows for each statement execute function account_sort_keys_by_account_new();
create trigger account_sort_keys_access_update after update on email_access
    referencing new table as new_rows for each statement execute function account_sort_keys_by_account_new();
create trigger account_sort_keys_access_delete after delete on email_access
    referencing old table as old_rows for each statement execute function account_sort_keys_by_account_old();
create trigger account_sort_keys_unlinked_insert after insert on unlinked_access
    referencing new table as new_rows for each statement execute function account_sort_keys_by_account_new();
create trigger account_sort_keys_unlinked_delete after delete on unlinked_access
    referencing old table as old_rows for each statement execute function account_sort_keys_by_account_old();
create trigger account_sort_keys_staff_update after update on staff
    referencing old table as old_rows new table as new_rows for each statement execute function account_sort_keys_staff();
create trigger account_sort_keys_tag_update after update on tag
    referencing old table as old_rows new table as new_rows for each statement execute function account_sort_keys_tag();

-- The list's keyset for each sort, as account_name_idx is for the name's.
create index account_type_sort_idx on account (type, lower(name), id);
create index account_team_sort_idx on account (sort_team, lower(name), id);
create index account_tags_sort_idx on account (sort_tags, lower(name), id);
create index account_login_sort_idx on account (sort_login, lower(name), id);
create index account_notify_sort_idx on account (sort_notify, lower(name), id);
create index account_sync_sort_idx on account (sort_sync, lower(name), id);
analyze account;
