package io.portico.domain.account;

import io.portico.domain.shared.FolderSafeName;

/** A company account's legal name (A2, A4). */
public record CompanyName(String value) {

    public CompanyName {
        value = FolderSafeName.check("companyName", value, AccountName.MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
