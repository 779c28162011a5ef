-- Issue 11, item 7: how the firm presents itself on the portal and in client mails, with optimistic locking;
-- item 6 (C4): the copy of every client mail; item 5: invitation reminders.
alter table firm
    add column accent_color      text    not null default '#1d4ed8' constraint firm_accent_color_check check (accent_color ~ '^#[0-9a-f]{6}$'),
    add column street            text    not null default '',
    add column postal_code       text    not null default '',
    add column city              text    not null default '',
    add column region            text    not null default '',
    add column country           text    not null default '',
    add column phone             text    not null default '',
    add column reply_to          text,
    add column copy_client_mails boolean not null default false,
    add column copy_address      text,
    add column logo              bytea,
    add column logo_type         text,
    add column version           bigint  not null default 0,
    add column updated_by        uuid    references staff (id),
    add column updated_at        timestamptz,
    -- null: no reminders (the default); else days before an invitation link expires
    add column invitation_reminder_days integer constraint firm_invitation_reminder_days_check check (invitation_reminder_days >= 1),
    add constraint firm_logo_check check ((logo is null) = (logo_type is null));

-- Item 5: when an invitation's reminder went out; claiming sets it, so two nodes never send the same reminder.
alter table link_invitation add column reminded_at timestamptz;
