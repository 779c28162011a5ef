package io.portico.domain.importing;

/**
 * A10: what a CSV column can be imported as. {@link #EMAIL} may be mapped from several columns (a contact's
 * addresses, the first the primary one); the custom fields name their field in {@link ColumnTarget}; every
 * other field comes from one column at most.
 */
public enum ImportField {
    TYPE, ACCOUNT_NAME, COMPANY_NAME, COMPANY_STREET, COMPANY_POSTAL_CODE, COMPANY_CITY, COMPANY_REGION, COMPANY_COUNTRY,
    FIRST_NAME, LAST_NAME, EMAIL, PHONE, STREET, POSTAL_CODE, CITY, REGION, COUNTRY,
    ACCOUNT_TAGS, CONTACT_TAGS, LANGUAGE, ACCOUNT_CUSTOM_FIELD, CONTACT_CUSTOM_FIELD,
    /** The column is not imported. */
    IGNORE;

    public boolean repeatable() {
        return this == EMAIL || this == IGNORE;
    }

    public boolean custom() {
        return this == ACCOUNT_CUSTOM_FIELD || this == CONTACT_CUSTOM_FIELD;
    }
}
