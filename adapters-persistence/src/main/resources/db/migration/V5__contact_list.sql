-- E4: Clients → Contacts pages by last name, first name, id (keyset pagination).
create index contact_name_idx on contact (lower(last_name), lower(first_name), id);
