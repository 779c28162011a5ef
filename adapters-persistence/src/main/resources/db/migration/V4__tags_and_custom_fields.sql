-- A5 tags and A7 custom fields, each defined by the firm separately for accounts and for contacts,
-- the values accounts and contacts carry, and the history of account custom field values.

create table tag (
    id    uuid primary key,
    scope text not null constraint tag_scope_check check (scope in ('ACCOUNT', 'CONTACT')),
    name  text not null,
    color text not null constraint tag_color_check check (color ~ '^#[0-9a-f]{6}$'),
    -- the target of the tag links' (tag, scope) foreign keys
    constraint tag_id_scope_key unique (id, scope)
);

-- A name is unique within its scope, whatever its capitals; also the order tags are listed in.
create unique index tag_name_key on tag (scope, lower(name));

-- An account's tags. The scope column is fixed, so the foreign key admits account tags only.
create table account_tag (
    account_id uuid not null references account (id) on delete cascade,
    tag_id     uuid not null,
    scope      text not null default 'ACCOUNT' constraint account_tag_scope_check check (scope = 'ACCOUNT'),
    primary key (account_id, tag_id),
    constraint account_tag_tag_fkey foreign key (tag_id, scope) references tag (id, scope) on delete cascade
);

-- E1: the list's tag filter, and deleting a tag.
create index account_tag_tag_idx on account_tag (tag_id, account_id);

create table contact_tag (
    contact_id uuid not null references contact (id) on delete cascade,
    tag_id     uuid not null,
    scope      text not null default 'CONTACT' constraint contact_tag_scope_check check (scope = 'CONTACT'),
    primary key (contact_id, tag_id),
    constraint contact_tag_tag_fkey foreign key (tag_id, scope) references tag (id, scope) on delete cascade
);

create index contact_tag_tag_idx on contact_tag (tag_id, contact_id);

create table custom_field (
    id       uuid   primary key,
    -- the order fields were added in, which is the order they are shown in
    seq      bigint generated always as identity,
    scope    text   not null constraint custom_field_scope_check check (scope in ('ACCOUNT', 'CONTACT')),
    name     text   not null,
    type     text   not null constraint custom_field_type_check check (type in ('TEXT', 'NUMBER', 'DATE', 'YES_NO', 'DROPDOWN', 'EMAIL')),
    -- a dropdown's options, in order; other types have none
    options  text[] not null default '{}',
    constraint custom_field_id_scope_key unique (id, scope)
);

create unique index custom_field_name_key on custom_field (scope, lower(name));

-- Values as the domain stores them (canonical text per type); a field without a value has no row.
-- Values are part of the account's or contact's save, so its version guards them.
create table account_custom_value (
    account_id uuid not null references account (id) on delete cascade,
    field_id   uuid not null,
    scope      text not null default 'ACCOUNT' constraint account_custom_value_scope_check check (scope = 'ACCOUNT'),
    value      text not null,
    primary key (account_id, field_id),
    constraint account_custom_value_field_fkey foreign key (field_id, scope) references custom_field (id, scope) on delete cascade
);

create table contact_custom_value (
    contact_id uuid not null references contact (id) on delete cascade,
    field_id   uuid not null,
    scope      text not null default 'CONTACT' constraint contact_custom_value_scope_check check (scope = 'CONTACT'),
    value      text not null,
    primary key (contact_id, field_id),
    constraint contact_custom_value_field_fkey foreign key (field_id, scope) references custom_field (id, scope) on delete cascade
);

-- A7: who changed which account custom field value, when, from what to what. Append-only.
create table account_custom_value_history (
    -- an identity: it orders the entries recorded at the same instant
    id         bigint      generated always as identity primary key,
    account_id uuid        not null references account (id) on delete cascade,
    field_id   uuid        not null references custom_field (id) on delete cascade,
    changed_by uuid        not null references staff (id),
    changed_at timestamptz not null,
    old_value  text        not null default '',
    new_value  text        not null default ''
);

create index account_custom_value_history_idx on account_custom_value_history (account_id, field_id, changed_at desc, id desc);
