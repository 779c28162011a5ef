-- Issue 12 item 11: the Home dashboard's counts at a million accounts. Accounts by type from an index-only scan
-- (low-cardinality keys deduplicate to a small index) instead of reading every account row; the accounts with
-- LOGIN on folded per account in account order (a streamed group, never a hash spilling to disk).
create index account_type_idx on account (type);
create index email_access_login_account_idx on email_access (account_id, email_key) where login;
