-- The language a staff member works in (an ISO 639 code such as 'it'), in which mails to them are
-- written. Null until they pick one in the shell or first sign in: English then. A preference, not
-- part of the member's data, so changing it leaves staff.version alone.
alter table staff add column language text constraint staff_language_check check (language ~ '^[a-z]{2,3}$');
