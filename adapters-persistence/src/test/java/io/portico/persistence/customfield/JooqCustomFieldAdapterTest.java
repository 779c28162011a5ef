package io.portico.persistence.customfield;

import io.portico.application.customfield.CustomFieldPortContract;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqCustomFieldAdapterTest extends CustomFieldPortContract {

    private final CustomFieldPort fields = new JooqCustomFieldAdapter(TestPostgres.get().dsl());

    @Override
    protected CustomFieldPort fields() {
        return fields;
    }
}
