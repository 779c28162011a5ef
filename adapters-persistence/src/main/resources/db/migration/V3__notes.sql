-- F7: notes staff keep on an account.
create table account_note (
    id         uuid        primary key,
    account_id uuid        not null references account (id) on delete cascade,
    author_id  uuid        not null references staff (id),
    text       text        not null constraint account_note_text_check check (length(text) between 1 and 10000),
    created_at timestamptz not null,
    updated_at timestamptz not null
);

-- The Overview's latest notes and the Notes tab, newest first.
create index account_note_latest_idx on account_note (account_id, created_at desc);
