package io.portico.application.health;

import io.portico.application.health.port.out.HealthNoticePort;

class InMemoryHealthNoticesTest extends HealthNoticePortContract {

    private final InMemoryHealthNotices marks = new InMemoryHealthNotices();

    @Override
    protected HealthNoticePort marks() {
        return marks;
    }
}
