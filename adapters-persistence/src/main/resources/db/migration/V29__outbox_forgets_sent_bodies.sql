-- Issue 10, item 13: a sent mail's body (with its reset, invitation and verification links) is not kept.
-- Marking a row sent clears its body in the same statement; rows already sent lose theirs now. Pending
-- and undeliverable rows keep their body for the next attempt.
alter table mail_outbox alter column html_body drop not null, alter column text_body drop not null;

update mail_outbox set html_body = null, text_body = null where status = 'SENT';

alter table mail_outbox add constraint mail_outbox_body_check
    check ((status = 'SENT') = (html_body is null and text_body is null));

-- Housekeeping deletes sent rows after the days the firm keeps them (portico.mail.outbox.keep-sent-days).
create index mail_outbox_sent_idx on mail_outbox (sent_at) where status = 'SENT';
