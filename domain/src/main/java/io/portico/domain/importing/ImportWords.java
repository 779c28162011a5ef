package io.portico.domain.importing;

import io.portico.domain.account.AccountType;
import io.portico.domain.shared.Language;
import java.util.Map;
import java.util.Optional;

/** A10: the words a spreadsheet uses for an account's type and a contact's language, in the five languages. */
final class ImportWords {

    private static final Map<String, AccountType> TYPES = Map.ofEntries(
            Map.entry("individual", AccountType.INDIVIDUAL), Map.entry("person", AccountType.INDIVIDUAL),
            Map.entry("privato", AccountType.INDIVIDUAL), Map.entry("persona", AccountType.INDIVIDUAL),
            Map.entry("personafisica", AccountType.INDIVIDUAL), Map.entry("individuo", AccountType.INDIVIDUAL),
            Map.entry("particulier", AccountType.INDIVIDUAL), Map.entry("individu", AccountType.INDIVIDUAL),
            Map.entry("particular", AccountType.INDIVIDUAL), Map.entry("persoanafizica", AccountType.INDIVIDUAL),
            Map.entry("individ", AccountType.INDIVIDUAL), Map.entry("persoana", AccountType.INDIVIDUAL),
            Map.entry("company", AccountType.COMPANY), Map.entry("azienda", AccountType.COMPANY),
            Map.entry("societa", AccountType.COMPANY), Map.entry("entreprise", AccountType.COMPANY),
            Map.entry("societe", AccountType.COMPANY), Map.entry("empresa", AccountType.COMPANY),
            Map.entry("compania", AccountType.COMPANY), Map.entry("companie", AccountType.COMPANY),
            Map.entry("firma", AccountType.COMPANY), Map.entry("societate", AccountType.COMPANY),
            Map.entry("other", AccountType.OTHER), Map.entry("altro", AccountType.OTHER), Map.entry("autre", AccountType.OTHER),
            Map.entry("otro", AccountType.OTHER), Map.entry("altul", AccountType.OTHER), Map.entry("altele", AccountType.OTHER));

    private static final Map<String, Language> LANGUAGES = Map.ofEntries(
            Map.entry("english", Language.EN), Map.entry("inglese", Language.EN), Map.entry("anglais", Language.EN),
            Map.entry("ingles", Language.EN), Map.entry("engleza", Language.EN),
            Map.entry("italian", Language.IT), Map.entry("italiano", Language.IT), Map.entry("italien", Language.IT),
            Map.entry("italiana", Language.IT),
            Map.entry("french", Language.FR), Map.entry("francese", Language.FR), Map.entry("francais", Language.FR),
            Map.entry("frances", Language.FR), Map.entry("franceza", Language.FR),
            Map.entry("spanish", Language.ES), Map.entry("spagnolo", Language.ES), Map.entry("espagnol", Language.ES),
            Map.entry("espanol", Language.ES), Map.entry("spaniola", Language.ES),
            Map.entry("romanian", Language.RO), Map.entry("rumeno", Language.RO), Map.entry("romeno", Language.RO),
            Map.entry("roumain", Language.RO), Map.entry("rumano", Language.RO), Map.entry("romana", Language.RO));

    private ImportWords() {
    }

    /** Also the type's own name ("INDIVIDUAL") in any capitals. */
    static Optional<AccountType> type(String value) {
        return Optional.ofNullable(TYPES.get(ColumnGuess.normalised(value)));
    }

    /** A code ("it") or a language's name in one of the five languages. */
    static Optional<Language> language(String value) {
        String word = ColumnGuess.normalised(value);
        for (Language language : Language.values()) {
            if (language.code().equals(word)) {
                return Optional.of(language);
            }
        }
        return Optional.ofNullable(LANGUAGES.get(word));
    }

    /**
     * A phone number as people write it: digits with spaces, dots, dashes, slashes and brackets, an optional
     * leading "+"; 6 to 15 digits (the most an international number has, ITU E.164).
     */
    static boolean phone(String value) {
        String number = value.strip();
        String rest = number.startsWith("+") ? number.substring(1) : number;
        if (!rest.matches("[0-9 .()/-]+")) {
            return false;
        }
        long digits = rest.chars().filter(Character::isDigit).count();
        return digits >= 6 && digits <= 15;
    }
}
