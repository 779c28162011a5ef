package io.portico.domain.access;

/** The three switches held per email address of a contact, per linked account. */
public enum AccessToggle {
    LOGIN, NOTIFY, EMAIL_SYNC
}
