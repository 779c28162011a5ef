-- Issue 9: the access history is data, not English sentences. An entry is its event type and its
-- parameters: the subject (an address, a contact's or a staff member's name), old and new value, and
-- the bulk job that made it, if one did; the Info tab says it in the viewer's language. The rows
-- written so far, whose "what" was a sentence such as 'LOGIN a@b.it' or 'link Mario Rossi', are
-- converted; a row that reads as none of them keeps its text as a LEGACY entry.
alter table access_audit
    add column event_type text,
    add column subject    text not null default '',
    add column job_id     uuid;

update access_audit set
    event_type = case
        when what like 'LOGIN %'              then 'LOGIN'
        when what like 'NOTIFY %'             then 'NOTIFY'
        when what like 'EMAIL\_SYNC %'        then 'EMAIL_SYNC'
        when what = 'team' and new_value <> '' then 'TEAM_MEMBER_ADDED'
        when what = 'team'                    then 'TEAM_MEMBER_REMOVED'
        when what like 'link %' and new_value = 'linked' then 'CONTACT_LINKED'
        when what like 'link %'               then 'CONTACT_UNLINKED'
        when what like 'signer authority %'   then 'SIGNER_AUTHORITY'
        when what like 'emails %'             then 'ADDRESSES_CHANGED'
        when what like 'unlinked email %'     then 'KEPT_UNLINKED'
        when what like 'invitation %'         then 'INVITATION_SENT'
        when what like 'portal %'             then 'ACTIVATED'
        when what like 'signup %'             then 'SIGNED_UP'
        else 'LEGACY'
    end,
    subject = case
        when what like 'LOGIN %'              then substr(what, 7)
        when what like 'NOTIFY %'             then substr(what, 8)
        when what like 'EMAIL\_SYNC %'        then substr(what, 12)
        when what = 'team' and new_value <> '' then new_value
        when what = 'team'                    then old_value
        when what like 'link %'               then substr(what, 6)
        when what like 'signer authority %'   then substr(what, 18)
        when what like 'emails %'             then substr(what, 8)
        when what like 'unlinked email %'     then substr(what, 16)
        when what like 'invitation %'         then substr(what, 12)
        when what like 'portal %'             then substr(what, 8)
        when what like 'signup %'             then substr(what, 8)
        else what
    end;

-- the values of entries that are events rather than changes of a value said only "linked", "sent" and the like
update access_audit set old_value = '', new_value = ''
where event_type not in ('LOGIN', 'NOTIFY', 'EMAIL_SYNC', 'SIGNER_AUTHORITY', 'ADDRESSES_CHANGED', 'LEGACY');

alter table access_audit
    alter column event_type set not null,
    drop column what;
