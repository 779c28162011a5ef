package io.portico.domain.account;

/** A2: who the firm works for. */
public enum AccountType {
    INDIVIDUAL, COMPANY, OTHER
}
