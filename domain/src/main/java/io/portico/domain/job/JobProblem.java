package io.portico.domain.job;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item a job could not do, kept for its report: which item (an import's row number, an account's
 * name), the field at fault if one is, why (a message key and its arguments — data, not a sentence, so
 * each reader sees it in their language), and the item's own values when they are worth handing back
 * (an import's rejected row, to fix and import again).
 */
public record JobProblem(String item, Optional<String> field, String messageKey, List<String> arguments,
                         List<String> values) {

    public JobProblem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        values = List.copyOf(values);
    }

    /** A problem with the item as a whole, not one of its fields. */
    public static JobProblem of(String item, String messageKey, String... arguments) {
        return new JobProblem(item, Optional.empty(), messageKey, List.of(arguments), List.of());
    }
}
