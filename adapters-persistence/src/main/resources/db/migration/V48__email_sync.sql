-- Email sync (D1–D5): the firm's mailboxes, the mail synced from them, and the account's documents.

-- D1: a mailbox read over IMAP and written through over SMTP. Passwords are sealed by the application
-- (authenticated encryption with a key from the configuration) before they reach this table.
create table mailbox (
    id                  uuid        primary key,
    name                text        not null,
    address             text        not null,
    imap_host           text        not null,
    imap_port           integer     not null constraint mailbox_imap_port_check check (imap_port between 1 and 65535),
    imap_security       text        not null constraint mailbox_imap_security_check check (imap_security in ('TLS', 'STARTTLS', 'NONE')),
    imap_user           text        not null,
    imap_password       bytea       not null,
    smtp_host           text        not null,
    smtp_port           integer     not null constraint mailbox_smtp_port_check check (smtp_port between 1 and 65535),
    smtp_security       text        not null constraint mailbox_smtp_security_check check (smtp_security in ('TLS', 'STARTTLS', 'NONE')),
    smtp_user           text        not null,
    smtp_password       bytea       not null,
    created_at          timestamptz not null,
    version             bigint      not null default 0,
    -- sync health (item 2)
    last_success_at     timestamptz,
    messages_synced     bigint      not null default 0,
    messages_unmatched  bigint      not null default 0,
    last_error          text constraint mailbox_last_error_check
                            check (last_error in ('WRONG_PASSWORD', 'HOST_UNREACHABLE', 'CERTIFICATE', 'TIMEOUT', 'FOLDER_MISSING', 'OTHER')),
    failing_since       timestamptz,
    failure_noticed_at  timestamptz,
    -- one node syncs a mailbox at a time (item 3)
    lease_owner         text,
    lease_until         timestamptz,
    next_sync_at        timestamptz not null default '-infinity'
);

create unique index mailbox_address_key on mailbox (lower(address));

-- Item 3: where the sync of each folder stands.
create table mailbox_folder (
    mailbox_id    uuid    not null references mailbox (id) on delete cascade,
    folder        text    not null constraint mailbox_folder_folder_check check (folder in ('INBOX', 'SENT')),
    uid_validity  bigint  not null,
    last_uid      bigint  not null default 0,
    primary key (mailbox_id, folder)
);

-- Item 4: a message kept once by its Message-ID, whichever mailboxes hold it.
create table email_thread (
    id                 uuid        primary key,
    subject            text        not null,
    normalised_subject text        not null,
    last_message_at    timestamptz not null,
    message_count      integer     not null default 0
);

create table email_message (
    id                 uuid        primary key,
    message_id         text        not null,
    thread_id          uuid        not null references email_thread (id),
    mailbox_id         uuid        references mailbox (id) on delete set null,
    in_reply_to        text,
    references_header  text[]      not null default '{}',
    subject            text        not null,
    from_address       text        not null,
    from_name          text,
    sent_at            timestamptz not null,
    text_body          text,
    html_body          text,
    attachment_count   integer     not null default 0,
    stored_at          timestamptz not null
);

create unique index email_message_message_id_key on email_message (message_id);
create index email_message_thread_idx on email_message (thread_id, sent_at);

-- Every From/To/Cc address of a message, as EmailAddress.lookupKey(): what an account's mail is found by at
-- read time (D2, D5), with the thread and time copied in so a tab's page is read from this index alone.
create table email_message_address (
    message_id  uuid        not null references email_message (id) on delete cascade,
    address     text        not null,
    role        text        not null constraint email_message_address_role_check check (role in ('FROM', 'TO', 'CC')),
    thread_id   uuid        not null,
    sent_at     timestamptz not null,
    primary key (message_id, address, role)
);

create index email_message_address_idx on email_message_address (address, sent_at desc, thread_id);

create table email_attachment (
    id            uuid    primary key,
    message_id    uuid    not null references email_message (id) on delete cascade,
    position      integer not null,
    file_name     text    not null,
    content_type  text    not null,
    size          bigint  not null,
    -- null when the file is over the size cap: listed, not kept
    content       bytea
);

create index email_attachment_message_idx on email_attachment (message_id, position);

-- D3, item 9: an account's documents; mail attachments are saved here when the firm asks.
create table document (
    id                uuid        primary key,
    account_id        uuid        not null references account (id) on delete cascade,
    file_name         text        not null,
    content_type      text        not null,
    size              bigint      not null,
    content           bytea       not null,
    created_at        timestamptz not null,
    source_message_id uuid        references email_message (id) on delete set null,
    source_attachment_id uuid     references email_attachment (id) on delete set null
);

create index document_account_idx on document (account_id, created_at desc, id);
create unique index document_attachment_key on document (account_id, source_attachment_id) where source_attachment_id is not null;

-- D3: since when the firm saves attachments of synced mail (null: it does not); only mail after it.
alter table firm add column save_attachments_since timestamptz;

-- Item 8: a member who muted Inbox+ notices of new synced mail.
alter table staff add column mute_synced_mail boolean not null default false;

-- An account's EMAIL SYNC addresses, found per account (staff tab) and per address (sync matching).
create index email_access_sync_idx on email_access (account_id, email_key) where email_sync;
create index email_access_sync_email_idx on email_access (email_key, account_id) where email_sync;

-- Item 7: a reply or new email from an account's Email tab leaves through the chosen mailbox's SMTP, with the
-- headers that thread it. A mailbox with mail still to send cannot be removed.
alter table mail_outbox add column mailbox_id uuid references mailbox (id);
alter table mail_outbox add column message_id text;
alter table mail_outbox add column in_reply_to text;
alter table mail_outbox add column references_header text[] not null default '{}';
alter table mail_outbox add column cc text[] not null default '{}';
