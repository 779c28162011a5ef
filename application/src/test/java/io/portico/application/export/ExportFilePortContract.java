package io.portico.application.export;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.export.port.out.ExportFilePort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.export.DataExport;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobType;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ExportFilePort} does (issue 14 item 3); each test starts with nothing stored. */
public abstract class ExportFilePortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract PortalUserPort users();

    protected abstract JobPort jobs();

    protected abstract ExportFilePort exports();

    private StaffId anna;
    private Account rossi;
    private PortalUser mario;

    @BeforeEach
    void anAccountAndAClient() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER).id();
        var contact = AccountFixtures.contact(contacts(), anna, "Mario", "Rossi", "mario@rossi.it");
        rossi = AccountFixtures.individual("Rossi", Set.of(anna), AccountFixtures.plain(contact));
        accounts().add(rossi, anna, NOW);
        mario = PortalUser.activate(new EmailAddress("mario@rossi.it"), "hash", NOW);
        users().add(mario);
    }

    private DataExport requested(ExportRequester requester, Optional<io.portico.domain.account.AccountId> account, int minutes) {
        Job job = Job.queued(JobType.EXPORT, new JobParameters(Map.of(JobParameters.NAME, "Rossi")), 1, anna, NOW);
        jobs().add(job);
        var export = DataExport.requested(job.id(), requester, account, NOW.plus(Duration.ofMinutes(minutes)));
        exports().add(export);
        return export;
    }

    private DataExport staffExport() {
        return requested(new ExportRequester.Staff(anna), Optional.of(rossi.id()), 0);
    }

    private static byte[] bytes(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        return content;
    }

    private byte[] stored(DataExport export) {
        var out = new ByteArrayOutputStream();
        exports().copy(export.job(), out);
        return out.toByteArray();
    }

    private void write(DataExport export, byte[] content) throws IOException {
        try (OutputStream out = exports().content(export.job())) {
            out.write(content, 0, 10);
            out.write(content[10]);
            out.write(content, 11, content.length - 11);
        }
    }

    @Test
    void issue14_3_an_export_is_stored_with_its_requester_and_account() {
        DataExport staff = staffExport();
        DataExport client = requested(new ExportRequester.Client(mario.id()), Optional.empty(), 1);

        assertThat(exports().find(staff.job())).contains(staff);
        assertThat(exports().find(client.job())).contains(client);
        assertThat(exports().find(Job.queued(JobType.EXPORT, new JobParameters(Map.of()), 1, anna, NOW).id())).isEmpty();
    }

    @Test
    void issue14_3_a_clients_newest_export_is_found() {
        assertThat(exports().latest(mario.id())).isEmpty();
        requested(new ExportRequester.Client(mario.id()), Optional.empty(), 1);
        DataExport newer = requested(new ExportRequester.Client(mario.id()), Optional.empty(), 2);
        staffExport();

        assertThat(exports().latest(mario.id())).contains(newer);
    }

    @Test
    void issue14_3_a_file_of_several_megabytes_is_streamed_in_and_out_whole() throws IOException {
        DataExport export = staffExport();
        byte[] content = bytes(3 * (1 << 20) + 17, 1);

        write(export, content);

        assertThat(stored(export)).isEqualTo(content);
    }

    @Test
    void issue14_3_building_again_replaces_the_file() throws IOException {
        DataExport export = staffExport();
        write(export, bytes(2 * (1 << 20) + 5, 1));
        byte[] second = bytes(100, 2);

        write(export, second);

        assertThat(stored(export)).isEqualTo(second);
    }

    @Test
    void issue14_3_the_built_files_size_and_expiry_are_kept() {
        DataExport export = staffExport();
        DataExport built = export.built(1234, NOW.plusSeconds(5));

        exports().save(built);

        assertThat(exports().find(export.job())).contains(built);
    }

    @Test
    void issue14_3_expired_files_are_deleted_and_their_exports_still_found() throws IOException {
        DataExport expiring = staffExport();
        DataExport fresh = staffExport();
        DataExport building = staffExport();
        write(expiring, bytes(50, 1));
        write(fresh, bytes(60, 2));
        write(building, bytes(70, 3));
        exports().save(expiring.built(50, NOW));
        exports().save(fresh.built(60, NOW.plusSeconds(1)));

        assertThat(exports().purgeExpired(NOW.plus(DataExport.KEPT).minusNanos(1000))).isZero();
        assertThat(exports().purgeExpired(NOW.plus(DataExport.KEPT))).isEqualTo(1);

        assertThat(stored(expiring)).isEmpty();
        assertThat(stored(fresh)).hasSize(60);
        assertThat(stored(building)).hasSize(70);
        assertThat(exports().find(expiring.job())).isPresent();
        assertThat(exports().purgeExpired(NOW.plus(DataExport.KEPT))).as("nothing left to delete").isZero();
    }
}
