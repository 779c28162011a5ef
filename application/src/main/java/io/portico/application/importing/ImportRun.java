package io.portico.application.importing;

import io.portico.domain.account.AccountVisibility;
import io.portico.domain.importing.ColumnMapping;
import io.portico.domain.importing.ImportRowCheck;
import java.util.List;

/** One reading of a staged file: its header, the mapping, the rules its rows must pass, and who imports. */
record ImportRun(List<String> header, ColumnMapping mapping, ImportRowCheck check, AccountVisibility viewer) {

    /** The header's name of the first address column, which a problem with the row's addresses names. */
    String emailColumn() {
        return mapping.emailColumns().stream().findFirst().map(header::get).orElse("");
    }
}
