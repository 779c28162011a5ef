package io.portico.application.health;

import io.portico.application.health.port.out.HealthNoticePort;
import io.portico.application.health.port.out.HealthProblem;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

public final class InMemoryHealthNotices implements HealthNoticePort {

    private final Map<HealthProblem, Instant> told = new EnumMap<>(HealthProblem.class);

    @Override
    public synchronized boolean begin(HealthProblem problem, Instant at) {
        return told.putIfAbsent(problem, at) == null;
    }

    @Override
    public synchronized void end(HealthProblem problem) {
        told.remove(problem);
    }
}
