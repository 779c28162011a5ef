package io.portico.application.importing;

import io.portico.application.account.port.in.InvitationRequest;
import io.portico.application.importing.port.in.ImportOptions;
import io.portico.domain.importing.ColumnMapping;
import io.portico.domain.importing.ImportId;
import io.portico.domain.job.JobParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issue 12 item 7: what an import job reads back on every chunk: its staged file, header, mapping and options;
 * the uploaded file's name is the job's name in Clients → Jobs.
 */
record ImportParameters(ImportId file, String fileName, List<String> header, ColumnMapping mapping, ImportOptions options) {

    private static final String FILE = "file";
    private static final String MAPPING = "mapping";
    private static final String LOGIN = "login";
    private static final String NOTIFY = "notify";
    private static final String SYNC = "sync";
    /** Present only when invitations are sent: their personal message. */
    private static final String INVITATION = "invitation";

    JobParameters toJob() {
        Map<String, String> values = new HashMap<>(Map.of(FILE, file.value().toString(), JobParameters.HEADER, JobParameters.joined(header),
                MAPPING, JobParameters.joined(mapping.codes()), LOGIN, String.valueOf(options.login()),
                NOTIFY, String.valueOf(options.notifications()), SYNC, String.valueOf(options.emailSync())));
        values.put(JobParameters.NAME, fileName);
        options.invitation().ifPresent(invitation -> values.put(INVITATION, invitation.personalMessage()));
        return new JobParameters(values);
    }

    static ImportParameters of(JobParameters job) {
        var options = new ImportOptions(Boolean.parseBoolean(job.get(LOGIN)), Boolean.parseBoolean(job.get(NOTIFY)),
                Boolean.parseBoolean(job.get(SYNC)), job.has(INVITATION) ? Optional.of(new InvitationRequest(job.get(INVITATION))) : Optional.empty());
        return new ImportParameters(new ImportId(UUID.fromString(job.get(FILE))), job.get(JobParameters.NAME), job.list(JobParameters.HEADER),
                ColumnMapping.parse(job.list(MAPPING)), options);
    }
}
