-- Issue 14, item 1: an archived account keeps all its data and toggles but leaves lists, search and the
-- portal until it is restored. The moment it was archived; null while it is active.
alter table account add column archived_at timestamptz;
