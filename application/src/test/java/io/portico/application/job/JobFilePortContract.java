package io.portico.application.job;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.job.port.out.JobFilePort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobType;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link JobFilePort} does: a job's files survive the node that stored them. */
public abstract class JobFilePortContract {

    protected abstract StaffPort staff();

    protected abstract JobPort jobs();

    protected abstract JobFilePort files();

    @Test
    void issue11_a_bulk_emails_attachments_are_kept_with_its_job_in_order() {
        var anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER).id();
        var job = Job.queued(JobType.BULK_EMAIL, new JobParameters(Map.of()), 1, anna, NOW);
        var other = Job.queued(JobType.BULK_EMAIL, new JobParameters(Map.of()), 1, anna, NOW);
        jobs().add(job);
        jobs().add(other);
        files().attach(job.id(), List.of(file("b.pdf", "application/pdf", "first"), file("a.txt", "text/plain", "second")));

        var stored = files().files(job.id());
        assertThat(stored).extracting(FileAttachment::fileName).containsExactly("b.pdf", "a.txt");
        assertThat(stored).extracting(FileAttachment::contentType).containsExactly("application/pdf", "text/plain");
        assertThat(new String(stored.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(files().files(other.id())).isEmpty();
    }

    private static FileAttachment file(String name, String type, String content) {
        return new FileAttachment(name, type, content.getBytes(StandardCharsets.UTF_8));
    }
}
