package io.portico.persistence.shared;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empties every table of the {@link TestPostgres} database before each test. An extension rather
 * than a {@code @BeforeEach}: it runs before the contracts' own {@code @BeforeEach} set-up.
 */
public final class EmptyDatabase implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        TestPostgres.get().truncateAllTables();
    }
}
