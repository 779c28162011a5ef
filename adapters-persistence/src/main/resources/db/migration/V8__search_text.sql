-- E2. What the search compares: the text lower-cased, with the punctuation inside names and addresses
-- turned into a letter. pg_trgm cuts words at punctuation, so "e.ma" alone would give the trigrams of
-- words starting with "ma" (in most rows); as "exma" it gives trigrams of its own. The search checks
-- the real text afterwards, so "a.b" does not find "a_b".
create function search_form(text) returns text
    language sql immutable parallel safe strict
    return translate(lower($1), '.,_-+@''&/', 'xxxxxxxxx');

-- Stored: computed per row, lower() and translate() cost 15 times the "contains" itself, which matters
-- when the search reads a table until it has enough matches (see below).
alter table account add column search_text text not null generated always as (search_form(name)) stored;
alter table contact add column search_text text not null generated always as (search_form(first_name || ' ' || last_name)) stored;
alter table contact_email add column search_text text not null generated always as (search_form(email)) stored;

-- One index over a contact's full name instead of one per name part: one index less to read per search,
-- and "mario ross" finds Mario Rossi.
drop index account_name_trgm_idx;
drop index contact_first_name_trgm_idx;
drop index contact_last_name_trgm_idx;
drop index contact_email_trgm_idx;
create index account_search_idx on account using gin (search_text gin_trgm_ops);
create index contact_search_idx on contact using gin (search_text gin_trgm_ops);
create index contact_email_search_idx on contact_email using gin (search_text gin_trgm_ops);

-- PostgreSQL chooses, per kind of text, between reading the table until it has met enough matches (a
-- common fragment: "mar", "gmail") and the trigram index (a rare one). It guesses how common a fragment
-- is from a sample of the texts; a larger sample makes that guess good enough on a million rows.
alter table account alter column search_text set statistics 1000;
alter table contact alter column search_text set statistics 1000;
alter table contact_email alter column search_text set statistics 1000;
analyze account, contact, contact_email;
