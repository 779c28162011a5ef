package io.portico.domain.contact;

import io.portico.domain.shared.FolderSafeName;

/** A contact's first and last name, both folder-safe (A4). */
public record ContactName(String first, String last) {

    private static final int MAX_LENGTH = 100;

    public ContactName {
        first = FolderSafeName.check("firstName", first, MAX_LENGTH);
        last = FolderSafeName.check("lastName", last, MAX_LENGTH);
    }

    public String full() {
        return first + " " + last;
    }
}
