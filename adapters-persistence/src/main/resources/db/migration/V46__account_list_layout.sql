-- Issue 12, item 9: each staff member's Clients → Accounts as they left it — the columns shown, in their
-- order, and the sort — restored on their next visit, on any node.
create table account_list_layout (
    staff_id   uuid    primary key references staff (id) on delete cascade,
    -- column names (io.portico.application.account.port.AccountColumn), shown ones only, in order
    columns    text[]  not null,
    sort_by    text    not null,
    descending boolean not null
);
