-- A6, B10: Inbox+ notifications for staff members.
create table staff_notification (
    id          uuid        primary key,
    recipient   uuid        not null references staff (id) on delete cascade,
    message_key text        not null,
    arguments   text[]      not null default '{}',
    link        text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz
);

-- The member's inbox, newest first, and the unread count in the sidebar.
create index staff_notification_inbox_idx on staff_notification (recipient, created_at desc);
create index staff_notification_unread_idx on staff_notification (recipient) where read_at is null;
