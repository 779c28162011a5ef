package io.portico.ui.firm;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.shared.MutableClock;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SetupCodeTest {

    @TempDir
    Path dataDir;
    private final MutableClock clock = MutableClock.startingAt("2026-11-30T09:00:00Z");
    private final SetupCode code = new SetupCode(true, "7K2Q-M9XD-4HT1", Path.of("unused"), clock, null);

    @Test
    void issue10_19_setup_asks_for_the_code_unless_the_app_listens_on_loopback_only() {
        assertThat(SetupCode.reachableBeyondLoopback("")).as("every interface").isTrue();
        assertThat(SetupCode.reachableBeyondLoopback(null)).isTrue();
        assertThat(SetupCode.reachableBeyondLoopback("0.0.0.0")).isTrue();
        assertThat(SetupCode.reachableBeyondLoopback("192.168.1.20")).isTrue();
        assertThat(SetupCode.reachableBeyondLoopback("no-such-host.invalid")).isTrue();
        assertThat(SetupCode.reachableBeyondLoopback("127.0.0.1")).isFalse();
        assertThat(SetupCode.reachableBeyondLoopback(" ::1 ")).isFalse();
        assertThat(SetupCode.reachableBeyondLoopback("localhost")).isFalse();

        var loopback = new SetupCode(false, "7K2Q-M9XD-4HT1", Path.of("unused"), clock, null);
        assertThat(loopback.required()).isFalse();
        assertThat(loopback.check("")).isEqualTo(SetupCode.Check.ACCEPTED);
        assertThat(code.required()).isTrue();
    }

    @Test
    void issue10_19_the_code_is_checked_ignoring_case_spaces_and_dashes() {
        assertThat(code.check(null)).isEqualTo(SetupCode.Check.WRONG);
        assertThat(code.check(" 7k2q m9xd 4ht1 ")).isEqualTo(SetupCode.Check.ACCEPTED);
        assertThat(code.check("7K2QM9XD4HT1")).isEqualTo(SetupCode.Check.ACCEPTED);
    }

    @Test
    void issue10_19_after_three_wrong_codes_each_attempt_waits_twice_as_long_and_compares_nothing_meanwhile() {
        assertThat(code.check("AAAA-AAAA-AAAA")).isEqualTo(SetupCode.Check.WRONG);
        assertThat(code.check("AAAA-AAAA-AAAB")).isEqualTo(SetupCode.Check.WRONG);
        assertThat(code.check("AAAA-AAAA-AAAC")).isEqualTo(SetupCode.Check.WRONG);
        assertThat(code.check("7K2Q-M9XD-4HT1")).as("even the right code waits").isEqualTo(SetupCode.Check.WAIT);

        clock.advance(Duration.ofSeconds(1));
        assertThat(code.check("AAAA-AAAA-AAAD")).isEqualTo(SetupCode.Check.WRONG);
        clock.advance(Duration.ofMillis(1999));
        assertThat(code.check("7K2Q-M9XD-4HT1")).isEqualTo(SetupCode.Check.WAIT);
        clock.advance(Duration.ofMillis(1));
        assertThat(code.check("7K2Q-M9XD-4HT1")).isEqualTo(SetupCode.Check.ACCEPTED);
    }

    @Test
    void issue10_19_the_wait_grows_to_at_most_a_quarter_of_an_hour() {
        for (int i = 0; i < 40; i++) {
            code.check("wrong");
            clock.advance(Duration.ofMinutes(15));
        }
        code.check("wrong");
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(code.check("7K2Q-M9XD-4HT1")).isEqualTo(SetupCode.Check.WAIT);
        clock.advance(Duration.ofSeconds(1));
        assertThat(code.check("7K2Q-M9XD-4HT1")).isEqualTo(SetupCode.Check.ACCEPTED);
    }

    @Test
    void issue10_19_a_generated_code_has_60_random_bits_in_three_groups() {
        String generated = SetupCode.generate();
        assertThat(generated).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(SetupCode.generate()).isNotEqualTo(generated);
    }

    @Test
    void issue14_6_the_code_is_written_to_a_file_only_its_owner_reads_and_the_log_names_the_file_not_the_code(CapturedOutput log)
            throws IOException {
        Path file = dataDir.resolve("data").resolve(SetupCode.FILE);
        new SetupCode(true, "7K2Q-M9XD-4HT1", file, clock, Optional::empty).announce();

        assertThat(Files.readString(file)).isEqualToIgnoringNewLines("7K2Q-M9XD-4HT1");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(log.getAll()).contains("First-run setup", file.toAbsolutePath().toString()).doesNotContain("7K2Q");
    }

    @Test
    void issue14_6_no_code_file_stays_once_the_firm_is_set_up_or_when_none_is_asked_for() throws IOException {
        Path file = dataDir.resolve(SetupCode.FILE);
        var fresh = new SetupCode(true, "7K2Q-M9XD-4HT1", file, clock, Optional::empty);
        fresh.announce();
        fresh.spent();
        assertThat(file).doesNotExist();

        Files.writeString(file, "OLD0-OLD0-OLD0");
        new SetupCode(true, "7K2Q-M9XD-4HT1", file, clock, () -> Optional.of(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), clock.instant()))).announce();
        assertThat(file).as("a code of an earlier start, the firm set up since").doesNotExist();

        Files.writeString(file, "OLD0-OLD0-OLD0");
        new SetupCode(false, "7K2Q-M9XD-4HT1", file, clock, Optional::empty).announce();
        assertThat(file).as("loopback only: no code is asked for").doesNotExist();
    }
}
