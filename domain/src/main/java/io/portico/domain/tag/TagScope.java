package io.portico.domain.tag;

/** A5: accounts and contacts have separate tags. */
public enum TagScope {
    ACCOUNT, CONTACT
}
