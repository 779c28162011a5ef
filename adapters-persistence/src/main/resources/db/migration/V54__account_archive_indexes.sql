-- Issue 14, item 1: the account list shows active accounts, or with its Archived filter only archived ones, in
-- (lower(name), id) order: each kind gets a partial index of that order, so a keyset page reads only its own kind
-- (index-only, as account_name_idx did before). Home counts active accounts by type from the third. Queries that
-- must leave archived accounts out of a join (search, portal figures, notification recipients) probe the last
-- one, which holds only the archived few.
create index account_active_name_idx on account (lower(name), id) where archived_at is null;
create index account_archived_name_idx on account (lower(name), id) where archived_at is not null;
create index account_active_type_idx on account (type) where archived_at is null;
create index account_archived_idx on account (id) where archived_at is not null;
