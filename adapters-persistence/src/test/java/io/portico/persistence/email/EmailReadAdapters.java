package io.portico.persistence.email;

import io.portico.application.email.port.out.EmailReadPort;
import org.jooq.DSLContext;

/** The email read adapter for code outside this package (the Email tab benchmark). */
public final class EmailReadAdapters {

    private EmailReadAdapters() {
    }

    public static EmailReadPort reads(DSLContext dsl) {
        return new JooqEmailReadAdapter(dsl);
    }
}
