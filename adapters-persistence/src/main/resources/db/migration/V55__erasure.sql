-- Issue 14, item 2: erasing an archived account or an unlinked contact. History entries stay as facts: they no
-- longer go with their account (the person in them is replaced by a pseudonym instead), and remain counted by the
-- erased account's id, which the erasure record names.
alter table access_audit drop constraint access_audit_account_id_fkey;
alter table account_custom_value_history drop constraint account_custom_value_history_account_id_fkey;

-- Entries of other accounts that name an erased contact are found by their subject (a name or an address).
create index access_audit_subject_idx on access_audit (subject);

-- Who erased what, when, and the pseudonym its history now shows: no personal data.
create table erasure (
    id         uuid primary key,
    kind       text        not null check (kind in ('ACCOUNT', 'CONTACT')),
    subject_id uuid        not null,
    pseudonym  text        not null,
    erased_by  uuid        not null references staff (id),
    erased_at  timestamptz not null
);
create index erasure_subject_idx on erasure (subject_id);

-- Replaces each pattern (a PostgreSQL regular expression, matched ignoring case) by its pseudonym. A pattern runs only
-- where its needle (the lower-case text it looks for) occurs: a cheap test that spares compiling a hundred expressions.
create function erasure_scrub(value text, needles text[], patterns text[], pseudonyms text[]) returns text
    language plpgsql immutable as $$
declare
    i int;
    lowered text;
begin
    if value is null or value = '' then
        return value;
    end if;
    lowered := lower(value);
    for i in 1 .. coalesce(array_length(patterns, 1), 0) loop
        if strpos(lowered, needles[i]) > 0 then
            value := regexp_replace(value, patterns[i], pseudonyms[i], 'gi');
        end if;
    end loop;
    return value;
end
$$;

-- Deleting synced mail sets its saved documents' sources to null: without these, one scan of documents per message.
create index document_source_message_idx on document (source_message_id) where source_message_id is not null;
create index document_source_attachment_idx on document (source_attachment_id) where source_attachment_id is not null;
