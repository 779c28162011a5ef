package io.portico.persistence.tag;

import io.portico.application.tag.TagPortContract;
import io.portico.application.tag.port.out.TagPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqTagAdapterTest extends TagPortContract {

    private final TagPort tags = new JooqTagAdapter(TestPostgres.get().dsl());

    @Override
    protected TagPort tags() {
        return tags;
    }
}
