package io.portico.application.retention;

import io.portico.application.retention.port.out.ExpiredRecordsPort;
import io.portico.application.retention.port.out.ExpiredRecordsPort.Kind;
import java.time.Instant;

class InMemoryExpiredRecordsTest extends ExpiredRecordsPortContract {

    private final InMemoryExpiredRecords records = new InMemoryExpiredRecords();

    @Override
    protected ExpiredRecordsPort port() {
        return records;
    }

    @Override
    protected void recordAt(Kind kind, Instant at) {
        records.add(kind, at);
    }

    @Override
    protected int remaining(Kind kind) {
        return records.remaining(kind).size();
    }
}
