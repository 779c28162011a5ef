package io.portico.domain.shared;

/** A person's first and last name. */
public record PersonName(String first, String last) {

    private static final int MAX_LENGTH = 100;

    public PersonName {
        first = Require.text("firstName", first, MAX_LENGTH);
        last = Require.text("lastName", last, MAX_LENGTH);
    }

    public String full() {
        return first + " " + last;
    }
}
