package io.portico.persistence.account;

import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.AccountPort;
import org.jooq.DSLContext;

/** This package's adapters for tests of other packages; the adapters themselves stay package-private. */
public final class AccountAdapters {

    private AccountAdapters() {
    }

    public static AccountPort accounts(DSLContext dsl) {
        return new JooqAccountAdapter(dsl);
    }

    public static AccountListPort list(DSLContext dsl) {
        return new JooqAccountListAdapter(dsl);
    }

    public static AccountArchivePort archive(DSLContext dsl) {
        return new JooqAccountArchiveAdapter(dsl);
    }
}
