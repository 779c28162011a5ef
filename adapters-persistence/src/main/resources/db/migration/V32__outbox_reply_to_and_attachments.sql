-- Issue 11, items 6-8: where a client's reply goes, and the files a mail carries. A file is stored once per
-- content (a bulk email sends the same file to thousands) and each mail refers to it by its SHA-256.
alter table mail_outbox add column reply_to text;

create table mail_file (
    sha256       text  primary key constraint mail_file_sha256_check check (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea not null
);

create table mail_outbox_attachment (
    mail_id      uuid    not null references mail_outbox (id) on delete cascade,
    position     integer not null,
    file_name    text    not null,
    content_type text    not null,
    sha256       text    not null references mail_file (sha256),
    primary key (mail_id, position)
);

-- Housekeeping deletes the files no mail refers to any more.
create index mail_outbox_attachment_file_idx on mail_outbox_attachment (sha256);
