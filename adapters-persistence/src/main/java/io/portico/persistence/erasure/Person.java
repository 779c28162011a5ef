package io.portico.persistence.erasure;

import java.util.List;
import java.util.UUID;

/** A contact about to be erased, with what names it: the pseudonym replaces these wherever history keeps them. */
record Person(UUID id, String firstName, String lastName, String phone, List<String> emails, String pseudonym) {

    Person {
        emails = List.copyOf(emails);
    }

    String fullName() {
        return firstName + " " + lastName;
    }
}
