package io.portico.domain.shared;

import java.util.List;

/**
 * Input that breaks a rule. Names the field and a message key (with arguments) so every
 * screen can say, in the user's language, which field is wrong and why.
 */
public final class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
