package io.portico.application.customfield;

import io.portico.application.customfield.port.out.CustomFieldPort;

class InMemoryCustomFieldsTest extends CustomFieldPortContract {

    private final InMemoryCustomFields fields = new InMemoryCustomFields();

    @Override
    protected CustomFieldPort fields() {
        return fields;
    }
}
