package io.portico.domain.shared;

import java.util.Locale;

/** The five languages Portico's screens and mails are written in (issue 11, item 3). */
public enum Language {
    EN, IT, FR, ES, RO;

    /** @throws InvalidInputException naming {@code field} for a code that is none of the five */
    public static Language of(String field, String code) {
        if (code != null) {
            for (Language language : values()) {
                if (language.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return language;
                }
            }
        }
        throw new InvalidInputException(field, "language.unknown", String.valueOf(code));
    }

    /** The language a locale is in, English when it is none of the five (e.g. a browser set to German). */
    public static Language orEnglish(Locale locale) {
        for (Language language : values()) {
            if (language.code().equals(locale.getLanguage())) {
                return language;
            }
        }
        return EN;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.of(code());
    }
}
