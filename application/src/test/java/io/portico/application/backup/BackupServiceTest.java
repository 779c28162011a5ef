package io.portico.application.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.backup.port.BackupFile;
import io.portico.application.backup.port.BackupStatus;
import io.portico.application.backup.port.in.BackupResult;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14, item 5: backups of the embedded database, kept N at a time, for the owner; failures told to admins. */
class BackupServiceTest {

    private final MutableClock clock = MutableClock.startingAt("2026-12-01T03:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryBackups store = new InMemoryBackups(clock);
    private final InMemoryBackupStatus runs = new InMemoryBackupStatus();
    private final BackupService service = new BackupService(store, staff, runs, clock, 3);

    private StaffMember owner;
    private StaffMember admin;
    private StaffMember employee;

    @BeforeEach
    void team() {
        owner = AccountFixtures.staff(staff, "Olga", "Rossi", StaffRole.OWNER);
        admin = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.ADMIN);
        employee = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
    }

    @Test
    void issue14_item5_a_backup_is_named_after_its_moment_in_utc() {
        BackupResult result = service.backUp();

        assertThat(result).isEqualTo(new BackupResult.Written(new BackupFile("portico-20261201-030000.backup", clock.instant(), 30)));
        assertThat(service.backups(owner.id())).extracting(BackupFile::name).containsExactly("portico-20261201-030000.backup");
    }

    @Test
    void issue14_item5_only_the_newest_n_backups_are_kept() {
        for (int day = 0; day < 4; day++) {
            service.backUp();
            clock.advance(Duration.ofDays(1));
        }

        assertThat(service.backups(owner.id())).extracting(BackupFile::name).containsExactly(
                "portico-20261204-030000.backup", "portico-20261203-030000.backup", "portico-20261202-030000.backup");
    }

    @Test
    void issue14_item5_the_owner_backs_up_now_and_downloads_a_listed_backup() throws IOException {
        var written = (BackupResult.Written) service.backUpNow(owner.id());

        try (InputStream in = service.download(owner.id(), written.backup().name()).orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(written.backup().name());
        }
        assertThat(service.download(owner.id(), "../postgres/pg_hba.conf")).isEmpty();
    }

    @Test
    void issue14_item5_backups_are_for_the_owner_only() {
        service.backUp();
        for (StaffMember other : new StaffMember[] {admin, employee}) {
            assertThatThrownBy(() -> service.backUpNow(other.id())).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> service.backups(other.id())).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> service.download(other.id(), "portico-20261201-030000.backup")).isInstanceOf(NotAllowedException.class);
        }
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void issue14_item5_a_deactivated_owner_lists_no_backups() {
        staff.save(owner.withStatus(StaffStatus.DEACTIVATED));
        assertThatThrownBy(() -> service.backups(owner.id())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue14_item7_each_run_is_recorded_and_a_failed_one_keeps_the_older_backups() {
        service.backUp();
        assertThat(runs.latest()).contains(new BackupStatus(clock.instant(), true));
        clock.advance(Duration.ofMinutes(1));
        store.failNext();

        assertThat(service.backUp()).isEqualTo(new BackupResult.Failed());

        assertThat(store.list()).as("the older backups stay").hasSize(1);
        assertThat(runs.latest()).contains(new BackupStatus(clock.instant(), false));
    }

    @Test
    void issue14_item5_at_least_one_backup_is_kept() {
        assertThatThrownBy(() -> new BackupService(store, staff, runs, clock, 0))
                .isInstanceOf(IllegalArgumentException.class);
        var keepOne = new BackupService(store, staff, runs, clock, 1);
        keepOne.backUp();
        clock.advance(Duration.ofMinutes(1));
        keepOne.backUp();
        assertThat(store.list()).extracting(BackupFile::name).containsExactly("portico-20261201-030100.backup");
    }
}
