-- Issue 12 item 3 (E3): the addresses a bulk edit has invited. Written in the transaction of the chunk that
-- mails the invitation, so a chunk retried or taken over by another node never invites an address twice, and an
-- address on several of the chosen accounts gets one invitation.
create table bulk_access_invitation (
    job_id    uuid not null references job (id) on delete cascade,
    email_key text not null,
    primary key (job_id, email_key)
);
