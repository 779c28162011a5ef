-- Issue 12 item 2: Clients → Jobs, newest first in keyset pages — every job for owners and admins, a
-- member's own jobs for a member; each page is one walk of one of these indexes from the cursor.
create index job_list_idx on job (created_at desc, id desc);
create index job_started_by_idx on job (created_by, created_at desc, id desc);
