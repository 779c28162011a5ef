-- Issue 11, item 3: each contact's language, which every mail to its addresses is written in; while a
-- contact has none, the firm's language (a new firm setting) is used.
alter table firm add column language text not null default 'en'
    constraint firm_language_check check (language in ('en', 'it', 'fr', 'es', 'ro'));
alter table contact add column language text
    constraint contact_language_check check (language in ('en', 'it', 'fr', 'es', 'ro'));
