package io.portico.domain.importing;

import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.tag.TagId;
import io.portico.domain.tag.TagScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * A10: the rules one row of a file must pass to be imported, each refusal naming the column at fault and
 * why: a row must have as many values as the header, hold no unreadable bytes (read as U+FFFD), not repeat
 * an earlier row, and every mapped value must be what the account and contact forms would accept (A2–A5,
 * A7, issue 11's language) — names folder-safe, addresses valid, tags and dropdown values the firm's own,
 * a plausible phone number.
 */
public final class ImportRowCheck {

    public static final String COLUMN_COUNT = "import.reject.column-count";
    public static final String ENCODING = "import.reject.encoding";
    public static final String DUPLICATE = "import.reject.duplicate";
    public static final String NAME_MISSING = "import.reject.name-missing";
    public static final String TYPE = "import.reject.type";
    public static final String TAG = "import.reject.tag";
    public static final String PHONE = "import.reject.phone";
    public static final String LANGUAGE = "import.reject.language";

    private static final char UNREADABLE = '\uFFFD';

    /** The fields of {@link PostalAddress}, in the order of their import fields. */
    private static final List<String> ADDRESS_PARTS = List.of("street", "postalCode", "city", "region", "country");

    private final List<String> header;
    private final ColumnMapping mapping;
    private final ImportVocabulary vocabulary;

    public ImportRowCheck(List<String> header, ColumnMapping mapping, ImportVocabulary vocabulary) {
        if (header.size() != mapping.columns().size()) {
            throw new IllegalArgumentException("header of " + header.size() + ", mapping of " + mapping.columns().size());
        }
        this.header = List.copyOf(header);
        this.mapping = mapping;
        this.vocabulary = vocabulary;
    }

    /** {@code duplicateOf}: the earlier row of the file with exactly these values, if there is one. */
    public RowVerdict check(long row, List<String> values, OptionalLong duplicateOf) {
        if (values.size() != header.size()) {
            return new RowVerdict.Rejected(row, Optional.empty(), COLUMN_COUNT,
                    List.of(String.valueOf(header.size()), String.valueOf(values.size())));
        }
        for (int column = 0; column < values.size(); column++) {
            if (values.get(column).indexOf(UNREADABLE) >= 0) {
                return new RowVerdict.Rejected(row, Optional.of(header.get(column)), ENCODING, List.of());
            }
        }
        if (duplicateOf.isPresent()) {
            return new RowVerdict.Rejected(row, Optional.empty(), DUPLICATE, List.of(String.valueOf(duplicateOf.getAsLong())));
        }
        try {
            return new RowVerdict.Accepted(new Reading(row, values).row());
        } catch (Refusal refusal) {
            return new RowVerdict.Rejected(row, Optional.of(refusal.column), refusal.key, refusal.arguments);
        }
    }

    /** One row being read: each value read in turn, the first one refused ends it. */
    private final class Reading {

        private final long row;
        private final List<String> values;

        Reading(long row, List<String> values) {
            this.row = row;
            this.values = values;
        }

        ImportedRow row() {
            ContactName contact = contactName();
            Optional<CompanyName> company = read(ImportField.COMPANY_NAME, CompanyName::new);
            AccountType type = read(ImportField.TYPE, this::type)
                    .orElse(company.isPresent() ? AccountType.COMPANY : AccountType.INDIVIDUAL);
            if (type == AccountType.COMPANY && company.isEmpty()) {
                throw refusal(ImportField.COMPANY_NAME, "input.required");
            }
            return new ImportedRow(row, type, read(ImportField.ACCOUNT_NAME, AccountName::new), company,
                    address(ImportField.COMPANY_STREET), contact, emails(), read(ImportField.PHONE, this::phone).orElse(""),
                    address(ImportField.STREET), tags(ImportField.ACCOUNT_TAGS, TagScope.ACCOUNT),
                    tags(ImportField.CONTACT_TAGS, TagScope.CONTACT), custom(ImportField.ACCOUNT_CUSTOM_FIELD),
                    custom(ImportField.CONTACT_CUSTOM_FIELD), read(ImportField.LANGUAGE, this::language));
        }

        private ContactName contactName() {
            String first = required(ImportField.FIRST_NAME);
            String last = required(ImportField.LAST_NAME);
            try {
                return new ContactName(first, last);
            } catch (InvalidInputException e) {
                throw refusal("firstName".equals(e.field()) ? ImportField.FIRST_NAME : ImportField.LAST_NAME, e);
            }
        }

        private String required(ImportField field) {
            return read(field, value -> value).orElseThrow(() -> refusal(field, NAME_MISSING));
        }

        /** The value of the field's column run through {@code reader}; empty when unmapped or blank. */
        private <T> Optional<T> read(ImportField field, Function<String, T> reader) {
            return read(mapping.columnOf(ColumnTarget.of(field)), reader);
        }

        private <T> Optional<T> read(int column, Function<String, T> reader) {
            if (column < 0 || values.get(column).isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(reader.apply(values.get(column).strip()));
            } catch (InvalidInputException e) {
                throw new Refusal(header.get(column), e.messageKey(), e.arguments().stream().map(String::valueOf).toList());
            }
        }

        private AccountType type(String value) {
            return ImportWords.type(value).orElseThrow(() -> new InvalidInputException("type", TYPE, value));
        }

        private String phone(String value) {
            if (!ImportWords.phone(value)) {
                throw new InvalidInputException("phone", PHONE, value);
            }
            return value;
        }

        private Language language(String value) {
            return ImportWords.language(value).orElseThrow(() -> new InvalidInputException("language", LANGUAGE, value));
        }

        /** The street's field and the four after it: street, postal code, city, region, country. */
        private PostalAddress address(ImportField street) {
            ImportField[] fields = ImportField.values();
            List<String> parts = new ArrayList<>();
            for (int part = 0; part < 5; part++) {
                parts.add(read(fields[street.ordinal() + part], value -> value).orElse(""));
            }
            try {
                return new PostalAddress(parts.get(0), parts.get(1), parts.get(2), parts.get(3), parts.get(4));
            } catch (InvalidInputException e) {
                throw refusal(fields[street.ordinal() + Math.max(0, ADDRESS_PARTS.indexOf(e.field()))], e);
            }
        }

        private ContactEmails emails() {
            List<EmailAddress> emails = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (int column : mapping.emailColumns()) {
                read(column, value -> EmailAddress.of("email", value)).filter(email -> keys.add(email.lookupKey())).ifPresent(emails::add);
            }
            return new ContactEmails(emails);
        }

        /** Names separated by commas or semicolons, each a tag of the scope. */
        private Set<TagId> tags(ImportField field, TagScope scope) {
            Set<TagId> tags = new HashSet<>();
            read(field, value -> value).ifPresent(names -> {
                for (String name : names.split("[,;]")) {
                    if (!name.isBlank()) {
                        tags.add(vocabulary.tag(scope, name).orElseThrow(() -> refusal(field, TAG, name.strip())));
                    }
                }
            });
            return tags;
        }

        private Map<CustomFieldId, String> custom(ImportField scope) {
            Map<CustomFieldId, String> values = new HashMap<>();
            for (int column = 0; column < header.size(); column++) {
                ColumnTarget target = mapping.columns().get(column);
                if (target.field() == scope) {
                    CustomFieldId id = target.customField().orElseThrow();
                    var field = vocabulary.field(id);
                    if (field.isEmpty()) {
                        throw new Refusal(header.get(column), "custom-field.not-found", List.of());
                    }
                    read(column, raw -> field.get().valueOf(raw)).flatMap(value -> value).ifPresent(value -> values.put(id, value));
                }
            }
            return values;
        }

        private Refusal refusal(ImportField field, InvalidInputException e) {
            return refusal(field, e.messageKey(), e.arguments().stream().map(String::valueOf).toArray(String[]::new));
        }

        private Refusal refusal(ImportField field, String key, String... arguments) {
            int column = mapping.columnOf(ColumnTarget.of(field));
            return new Refusal(column >= 0 ? header.get(column) : field.name(), key, List.of(arguments));
        }
    }

    /** A value refused: ends the reading of its row. */
    private static final class Refusal extends RuntimeException {

        private final String column;
        private final String key;
        private final List<String> arguments;

        Refusal(String column, String key, List<String> arguments) {
            super(key, null, false, false);
            this.column = column;
            this.key = key;
            this.arguments = arguments;
        }
    }
}
