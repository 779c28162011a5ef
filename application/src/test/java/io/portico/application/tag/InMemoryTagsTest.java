package io.portico.application.tag;

import io.portico.application.tag.port.out.TagPort;

class InMemoryTagsTest extends TagPortContract {

    private final InMemoryTags tags = new InMemoryTags();

    @Override
    protected TagPort tags() {
        return tags;
    }
}
