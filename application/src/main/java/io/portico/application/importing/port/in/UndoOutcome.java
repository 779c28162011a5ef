package io.portico.application.importing.port.in;

import java.util.List;

/** Issue 12 item 7: what undoing an import did, or why it did nothing. */
public sealed interface UndoOutcome {

    /** {@code accounts} removed; {@code contacts} the import had created, removed with them. */
    record Undone(int accounts, int contacts) implements UndoOutcome {
    }

    /** Nothing changed: the reason as a message key and its arguments. */
    record Refused(String messageKey, List<String> arguments) implements UndoOutcome {

        public Refused {
            arguments = List.copyOf(arguments);
        }
    }
}
