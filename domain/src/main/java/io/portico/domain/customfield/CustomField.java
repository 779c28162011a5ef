package io.portico.domain.customfield;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A7: a field the firm defines for accounts or for contacts. A dropdown has its options; other
 * types have none. The type is fixed once the field exists, so stored values never change meaning.
 */
public record CustomField(CustomFieldId id, CustomFieldScope scope, String name, CustomFieldType type, List<String> options) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_TEXT_LENGTH = 1000;

    public CustomField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(type, "type");
        name = Require.text("customFieldName", name, MAX_NAME_LENGTH);
        options = type == CustomFieldType.DROPDOWN ? checkedOptions(options) : List.of();
    }

    public static CustomField create(CustomFieldScope scope, String name, CustomFieldType type, List<String> options) {
        return new CustomField(CustomFieldId.random(), scope, name, type, options);
    }

    /** The same field with another name and, for a dropdown, other options. */
    public CustomField changed(String newName, List<String> newOptions) {
        return new CustomField(id, scope, newName, type, newOptions);
    }

    /**
     * The value as stored — trimmed, numbers and dates in one canonical form, yes/no as
     * {@code true}/{@code false} — or empty for a blank one (no value). A value that does not fit the
     * type is refused naming this field.
     */
    public Optional<String> valueOf(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        return Optional.of(switch (type) {
            case TEXT -> {
                if (value.length() > MAX_TEXT_LENGTH) {
                    throw refusal("custom-field.too-long", MAX_TEXT_LENGTH);
                }
                yield value;
            }
            case NUMBER -> number(value);
            case DATE -> date(value);
            case YES_NO -> switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> "true";
                case "false" -> "false";
                default -> throw refusal("custom-field.not-yes-no");
            };
            case DROPDOWN -> options.stream().filter(option -> option.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> refusal("custom-field.not-an-option"));
            case EMAIL -> {
                try {
                    yield new EmailAddress(value).value();
                } catch (InvalidInputException e) {
                    throw refusal("custom-field.not-an-email");
                }
            }
        });
    }

    private String number(String value) {
        // a decimal comma is as common as a decimal point among the firm's languages
        String normalised = value.contains(".") ? value : value.replace(',', '.');
        try {
            return new BigDecimal(normalised).toPlainString();
        } catch (NumberFormatException e) {
            throw refusal("custom-field.not-a-number");
        }
    }

    private String date(String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw refusal("custom-field.not-a-date");
        }
    }

    private InvalidInputException refusal(String key, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = name;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return new InvalidInputException("customFields", key, arguments);
    }

    private static List<String> checkedOptions(List<String> options) {
        List<String> checked = (options == null ? List.<String>of() : options).stream()
                .filter(option -> option != null && !option.isBlank())
                .map(option -> Require.text("customFieldOptions", option, MAX_NAME_LENGTH))
                .toList();
        if (checked.isEmpty()) {
            throw new InvalidInputException("customFieldOptions", "custom-field.needs-options");
        }
        var seen = new HashSet<String>();
        for (String option : checked) {
            if (!seen.add(option.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("customFieldOptions", "custom-field.option-repeated", option);
            }
        }
        return checked;
    }
}
