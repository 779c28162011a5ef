package io.portico.application.session;

import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.domain.session.CredentialHolder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryCredentialEpochs implements CredentialEpochPort {

    private final Map<CredentialHolder, Long> epochs = new ConcurrentHashMap<>();

    @Override
    public long epoch(CredentialHolder holder) {
        return epochs.getOrDefault(holder, 0L);
    }

    @Override
    public long raise(CredentialHolder holder) {
        return epochs.merge(holder, 1L, Long::sum);
    }
}
