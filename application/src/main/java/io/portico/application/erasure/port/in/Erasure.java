package io.portico.application.erasure.port.in;

import io.portico.application.erasure.port.ErasureCounts;

/** Issue 14, item 2: whether an account or a contact can be erased, and what goes with it. */
public sealed interface Erasure {

    /** Erasable: what goes (previewed) or went (erased). */
    record Goes(ErasureCounts counts) implements Erasure {
    }

    /** Only an archived account can be erased: archiving first keeps an erasure from being a slip. */
    record NotArchived() implements Erasure {
    }

    /** A contact linked to an account goes with its last account, never on its own. */
    record StillLinked() implements Erasure {
    }
}
