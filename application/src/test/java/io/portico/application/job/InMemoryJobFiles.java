package io.portico.application.job;

import io.portico.application.job.port.out.JobFilePort;
import io.portico.domain.job.JobId;
import io.portico.domain.shared.FileAttachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryJobFiles implements JobFilePort {

    private final Map<JobId, List<FileAttachment>> files = new ConcurrentHashMap<>();

    @Override
    public void attach(JobId job, List<FileAttachment> attached) {
        files.computeIfAbsent(job, id -> new ArrayList<>()).addAll(attached);
    }

    @Override
    public List<FileAttachment> files(JobId job) {
        return List.copyOf(files.getOrDefault(job, List.of()));
    }
}
