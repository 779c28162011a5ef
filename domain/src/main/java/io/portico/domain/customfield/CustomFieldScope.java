package io.portico.domain.customfield;

/** A7: accounts and contacts have separate custom fields. */
public enum CustomFieldScope {
    ACCOUNT, CONTACT
}
