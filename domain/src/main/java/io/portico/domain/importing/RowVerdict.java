package io.portico.domain.importing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A10: what the import makes of one row — accepted as it will be imported, or rejected with its reason. */
public sealed interface RowVerdict {

    long row();

    record Accepted(ImportedRow imported) implements RowVerdict {

        public Accepted {
            Objects.requireNonNull(imported, "imported");
        }

        @Override
        public long row() {
            return imported.row();
        }
    }

    /** {@code column}: the header's name of the column at fault, if one is; the reason as a message key and its arguments. */
    record Rejected(long row, Optional<String> column, String messageKey, List<String> arguments) implements RowVerdict {

        public Rejected {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(messageKey, "messageKey");
            arguments = List.copyOf(arguments);
        }
    }
}
