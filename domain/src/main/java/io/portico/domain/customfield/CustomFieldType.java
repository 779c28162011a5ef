package io.portico.domain.customfield;

/** A7: what a custom field holds; its values are checked accordingly. */
public enum CustomFieldType {
    TEXT, NUMBER, DATE, YES_NO, DROPDOWN, EMAIL
}
