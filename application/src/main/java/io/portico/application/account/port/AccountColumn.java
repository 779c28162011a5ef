package io.portico.application.account.port;

/**
 * E1: the columns of Clients → Accounts, each one the list can be sorted by (issue 12, item 9). Ascending:
 * name, type and the first team member's or tag's name alphabetically (none first); an indicator on before off.
 * Rows of the same value follow by name.
 */
public enum AccountColumn {
    NAME, TYPE, TEAM, TAGS, LOGIN, NOTIFY, EMAIL_SYNC
}
