-- Issue 14, item 4: how many days the firm keeps each kind of record; null until the firm saves its own
-- (the app's configured defaults apply). Saved together, so all four are set or none.
alter table firm
    add column retention_history_days        integer,
    add column retention_sent_mail_days      integer,
    add column retention_login_activity_days integer,
    add column retention_job_reports_days    integer,
    add constraint firm_retention_check check (
        (retention_history_days is null and retention_sent_mail_days is null
            and retention_login_activity_days is null and retention_job_reports_days is null)
        or (retention_history_days between 365 and 36500 and retention_sent_mail_days between 1 and 36500
            and retention_login_activity_days between 30 and 36500 and retention_job_reports_days between 1 and 36500));

-- The hourly deletion takes the oldest entries a batch at a time: by time, not by account.
create index access_audit_changed_at_idx on access_audit (changed_at);
create index account_custom_value_history_changed_at_idx on account_custom_value_history (changed_at);
create index job_finished_idx on job (finished_at) where state in ('DONE', 'FAILED');
create index portal_user_last_login_idx on portal_user (last_login_at) where last_login_at is not null;
