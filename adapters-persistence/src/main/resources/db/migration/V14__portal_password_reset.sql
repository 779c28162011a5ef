-- B11: a portal user's forgotten-password links, apart from the staff's password_reset_ticket: a client
-- is a portal user, never a staff member. Only the token's SHA-256 is kept. A link is open while
-- closed_at is null and expires_at is ahead; closed_at is set when it is used, or when a newer link is
-- issued or another link of the same portal user is used.
create table portal_password_reset (
    token_hash     text        primary key constraint portal_password_reset_token_hash_check check (token_hash ~ '^[0-9a-f]{64}$'),
    portal_user_id uuid        not null references portal_user (id) on delete cascade,
    expires_at     timestamptz not null,
    closed_at      timestamptz,
    created_at     timestamptz not null default now()
);

-- Issuing or using a link closes the other open links of the same portal user.
create index portal_password_reset_open_idx on portal_password_reset (portal_user_id) where closed_at is null;
