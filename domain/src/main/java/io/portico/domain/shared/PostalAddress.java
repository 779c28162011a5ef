package io.portico.domain.shared;

/** A postal address; every part optional, blanks stored as empty. */
public record PostalAddress(String street, String postalCode, String city, String region, String country) {

    public static final PostalAddress NONE = new PostalAddress("", "", "", "", "");

    public PostalAddress {
        street = part("street", street);
        postalCode = part("postalCode", postalCode);
        city = part("city", city);
        region = part("region", region);
        country = part("country", country);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static String part(String field, String value) {
        return value == null || value.isBlank() ? "" : Require.text(field, value, 200);
    }
}
