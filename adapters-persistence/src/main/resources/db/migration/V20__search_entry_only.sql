-- E2 searches search_entry (V19) alone: V8's search texts and trigram indexes on the source tables are
-- no longer read, and every write to those tables paid for them. search_form() stays: search_entry uses it.
drop index account_search_idx;
drop index contact_search_idx;
drop index contact_email_search_idx;
alter table account drop column search_text;
alter table contact drop column search_text;
alter table contact_email drop column search_text;
