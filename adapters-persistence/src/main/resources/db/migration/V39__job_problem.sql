-- Issue 12 items 2 and 7: each item a job could not do, with its reason as data (a message key and its
-- arguments, read in the reader's language) and, for an import, the rejected row's own values.
create table job_problem (
    id          bigint  generated always as identity primary key,
    job_id      uuid    not null references job (id) on delete cascade,
    item        text    not null,
    field       text,
    message_key text    not null,
    arguments   text[]  not null,
    row_values  text[]  not null
);

create index job_problem_job_idx on job_problem (job_id, id);
