-- Issue 14 items 6 and 7: the health admins see on Home and in the metrics, each figure one cheap indexed read.

-- The outbox's oldest waiting mail: the first entry of this index.
create index mail_outbox_pending_queued_idx on mail_outbox (queued_at) where status = 'PENDING';

-- The jobs failed lately, without reading the finished jobs.
create index job_failed_idx on job (finished_at) where state = 'FAILED';

-- A problem admins were told of in Inbox+ (the outbox stalled, backups failing): one row while it lasts, so each
-- spell is told once, by the node that inserted the row; it goes when the problem ends.
create table health_notice (
    problem text        primary key,
    since   timestamptz not null
);
