-- F1: the photo in an account's header, stored resized (a PNG of a few kilobytes).
create table account_photo (
    account_id uuid        primary key references account (id) on delete cascade,
    png        bytea       not null,
    updated_at timestamptz not null default now()
);
