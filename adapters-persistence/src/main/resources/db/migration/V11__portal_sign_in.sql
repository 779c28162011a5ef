-- B2: a client on the page of a link that no longer works asked the firm for a new one (once per link).
alter table invitation add column new_link_asked_at timestamptz;
