-- Issue 10, G2: the firm's team. A member is invited, active or deactivated; the row is never deleted
-- once active, as histories name it. An invited member has no password until they accept.
alter table staff add column status text not null default 'ACTIVE'
    constraint staff_status_check check (status in ('INVITED', 'ACTIVE', 'DEACTIVATED'));
update staff set status = 'DEACTIVATED' where not active;
alter table staff drop column active;
alter table staff alter column password_hash drop not null;
alter table staff add constraint staff_password_check check (status = 'INVITED' or password_hash is not null);
alter table staff add column last_sign_in_at timestamptz;

-- "Sessions end everywhere": raised by a password change, deactivation or a role change; a session
-- signed in with an older epoch is ended on its next request, on any node.
alter table staff add column credential_epoch bigint not null default 0;
alter table portal_user add column credential_epoch bigint not null default 0;

-- How long a staff invitation link works, chosen by the firm.
alter table firm add column staff_invitation_days integer not null default 7
    constraint firm_staff_invitation_days_check check (staff_invitation_days between 1 and 90);

-- G2: default account access joins the rights an employee may hold.
alter table staff drop constraint staff_rights_check;
alter table staff add constraint staff_rights_check
    check (rights <@ array['MANAGE_ACCOUNTS', 'VIEW_ALL_ACCOUNTS', 'DEFAULT_ACCOUNT_ACCESS']);
