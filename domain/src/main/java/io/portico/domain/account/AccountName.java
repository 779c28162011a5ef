package io.portico.domain.account;

import io.portico.domain.shared.FolderSafeName;

/** The name an account is listed and filed under (A4). */
public record AccountName(String value) {

    public static final int MAX_LENGTH = 200;

    public AccountName {
        value = FolderSafeName.check("accountName", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
