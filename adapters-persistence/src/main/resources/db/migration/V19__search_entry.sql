-- E2. Every text the search looks in (account names, contacts' full names, addresses) in one table with
-- one trigram index, instead of three tables with an index each (V8): one scan per search, not three,
-- that stops at the first matches of any kind (see JooqAccountListAdapter). Kept by the triggers below
-- on every write of the three source tables, whoever writes.
create table search_entry (
    -- 'account': source_id is the account; 'contact' (full name) and 'email': the contact, whose
    -- accounts are found through account_contact
    kind        text not null constraint search_entry_kind_check check (kind in ('account', 'contact', 'email')),
    source_id   uuid not null,
    -- an address's key for 'email', '' for names
    email_key   text not null default '',
    matched     text not null,
    search_text text not null generated always as (search_form(matched)) stored,
    primary key (source_id, kind, email_key)
);

-- In the order of the sources' ids, which are random: the kinds of text mixed through the table, as new
-- rows come. Reading the table until enough matches are met (see JooqAccountListAdapter) then finds the
-- matches of every kind soon, not the addresses only after every name.
insert into search_entry (kind, source_id, email_key, matched)
select kind, source_id, email_key, matched from (
    select 'account' as kind, id as source_id, '' as email_key, name as matched from account
    union all
    select 'contact', id, '', first_name || ' ' || last_name from contact
    union all
    select 'email', contact_id, email_key, email from contact_email
) source
order by source_id;

create index search_entry_search_idx on search_entry using gin (search_text gin_trgm_ops);
-- As V8 did for each source: how common a fragment is, guessed from a sample large enough for millions of texts.
alter table search_entry alter column search_text set statistics 1000;
-- A parallel plan costs more to start than the whole search; the search no longer turns it off itself.
alter table search_entry set (parallel_workers = 0);
analyze search_entry;

-- Statement triggers with the changed rows as tables: a bulk load (COPY) or a rewrite of a contact's
-- addresses costs one statement here, not one per row. An update rewrites an entry only when its text
-- changed, so saving an account or a contact for another reason writes nothing here.
create function search_entry_account() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into search_entry (kind, source_id, matched) select 'account', id, name from new_rows;
    elsif tg_op = 'UPDATE' then
        update search_entry s set matched = n.name
        from new_rows n join old_rows o on o.id = n.id
        where s.kind = 'account' and s.source_id = n.id and n.name <> o.name;
    else
        delete from search_entry s using old_rows o where s.kind = 'account' and s.source_id = o.id;
    end if;
    return null;
end
$$;

create function search_entry_contact() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into search_entry (kind, source_id, matched) select 'contact', id, first_name || ' ' || last_name from new_rows;
    elsif tg_op = 'UPDATE' then
        update search_entry s set matched = n.first_name || ' ' || n.last_name
        from new_rows n join old_rows o on o.id = n.id
        where s.kind = 'contact' and s.source_id = n.id and (n.first_name, n.last_name) <> (o.first_name, o.last_name);
    else
        delete from search_entry s using old_rows o where s.kind = 'contact' and s.source_id = o.id;
    end if;
    return null;
end
$$;

-- An address keeps its key (lower-case) when only its capitals or its position change (an upsert).
create function search_entry_email() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into search_entry (kind, source_id, email_key, matched) select 'email', contact_id, email_key, email from new_rows;
    elsif tg_op = 'UPDATE' then
        delete from search_entry s using old_rows o
        where s.kind = 'email' and s.source_id = o.contact_id and s.email_key = o.email_key
          and not exists (select 1 from new_rows n where n.contact_id = o.contact_id and n.email_key = o.email_key);
        insert into search_entry (kind, source_id, email_key, matched)
        select 'email', n.contact_id, n.email_key, n.email from new_rows n
        where not exists (select 1 from old_rows o where o.contact_id = n.contact_id and o.email_key = n.email_key
                                                     and o.email = n.email)
        on conflict (source_id, kind, email_key) do update set matched = excluded.matched;
    else
        delete from search_entry s using old_rows o
        where s.kind = 'email' and s.source_id = o.contact_id and s.email_key = o.email_key;
    end if;
    return null;
end
$$;

create trigger search_entry_account_insert after insert on account
    referencing new table as new_rows for each statement execute function search_entry_account();
create trigger search_entry_account_update after update on account
    referencing old table as old_rows new table as new_rows for each statement execute function search_entry_account();
create trigger search_entry_account_delete after delete on account
    referencing old table as old_rows for each statement execute function search_entry_account();

create trigger search_entry_contact_insert after insert on contact
    referencing new table as new_rows for each statement execute function search_entry_contact();
create trigger search_entry_contact_update after update on contact
    referencing old table as old_rows new table as new_rows for each statement execute function search_entry_contact();
create trigger search_entry_contact_delete after delete on contact
    referencing old table as old_rows for each statement execute function search_entry_contact();

create trigger search_entry_email_insert after insert on contact_email
    referencing new table as new_rows for each statement execute function search_entry_email();
create trigger search_entry_email_update after update on contact_email
    referencing old table as old_rows new table as new_rows for each statement execute function search_entry_email();
create trigger search_entry_email_delete after delete on contact_email
    referencing old table as old_rows for each statement execute function search_entry_email();
