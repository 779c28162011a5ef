package io.portico.domain.staff;

/** What an employee may be allowed beyond their own accounts (G2). Owners and admins have all. */
public enum StaffRight {
    MANAGE_ACCOUNTS, VIEW_ALL_ACCOUNTS,
    /** Joins the team of every new account, made by staff or by a client's sign-up. */
    DEFAULT_ACCOUNT_ACCESS
}
