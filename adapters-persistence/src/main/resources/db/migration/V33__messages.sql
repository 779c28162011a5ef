-- Issue 11, items 8 and 9: the firm's messages to an account, each opening a thread, and the replies in
-- it (clients' in the portal, staff's answers), with their files and what each portal user has read.

create table message_thread (
    id              uuid        primary key,
    account_id      uuid        not null references account (id) on delete cascade,
    subject         text        not null,
    started_at      timestamptz not null,
    -- the time of its newest message: lists show threads by it, newest first
    last_message_at timestamptz not null
);

create index message_thread_account_idx on message_thread (account_id, last_message_at desc, id);

-- A message is written by a staff member or by a portal user, never both.
create table message (
    id                    uuid        primary key,
    -- an identity, not a UUID: it orders the messages of a thread written at the same instant
    seq                   bigint      generated always as identity,
    thread_id             uuid        not null references message_thread (id) on delete cascade,
    sender_staff_id       uuid        references staff (id),
    sender_portal_user_id uuid        references portal_user (id),
    text                  text        not null,
    sent_at               timestamptz not null,
    constraint message_sender_check check ((sender_staff_id is null) <> (sender_portal_user_id is null))
);

create index message_thread_idx on message (thread_id, sent_at, seq);

-- A file's bytes, once however many messages carry it: a bulk email's files go to thousands of accounts.
create table message_file (
    sha256  text  primary key,
    content bytea not null
);

create table message_attachment (
    id           uuid    primary key,
    message_id   uuid    not null references message (id) on delete cascade,
    position     integer not null,
    file_name    text    not null,
    content_type text    not null,
    size         integer not null,
    sha256       text    not null references message_file (sha256),
    constraint message_attachment_position_key unique (message_id, position)
);

-- Item 9: when each portal user last opened each thread; later messages by others are unread to them.
create table message_read (
    portal_user_id uuid        not null references portal_user (id) on delete cascade,
    thread_id      uuid        not null references message_thread (id) on delete cascade,
    read_at        timestamptz not null,
    primary key (portal_user_id, thread_id)
);
