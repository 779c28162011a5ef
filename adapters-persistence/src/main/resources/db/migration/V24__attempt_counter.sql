-- Issue 10 item 11: throttling counters shared by every node. One row per kind of attempt and subject
-- ('address:<lower-case address>' or 'ip:<client address>'): how many attempts it made since it was
-- last quiet, when the last came, and when the next may come (the growing delay). A row is taken with
-- a row lock before the secret is checked, so parallel attempts see each other.
create table attempt_counter (
    kind            text        not null constraint attempt_counter_kind_check check (kind in
                        ('STAFF_SIGN_IN', 'PORTAL_SIGN_IN', 'CURRENT_PASSWORD', 'SECOND_FACTOR',
                         'STAFF_PASSWORD_RESET', 'PORTAL_PASSWORD_RESET', 'SIGNUP')),
    subject         text        not null,
    attempts        integer     not null constraint attempt_counter_attempts_check check (attempts >= 1),
    last_attempt_at timestamptz not null,
    next_allowed_at timestamptz not null,
    primary key (kind, subject)
);

-- Housekeeping removes the counters that have been quiet long enough.
create index attempt_counter_last_attempt_idx on attempt_counter (last_attempt_at);
