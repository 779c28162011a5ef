package io.portico.application.importing;

import io.portico.application.importing.port.in.PurgeStagedImportsUseCase;
import io.portico.application.importing.port.out.ImportStagingPort;
import java.time.Clock;
import java.time.Duration;

/**
 * A staged file holds clients' names and addresses. A successful import drops it with its last chunk; one whose
 * dry run was never confirmed, or whose import failed, is dropped once it is older than {@code keep}.
 */
public final class PurgeStagedImportsService implements PurgeStagedImportsUseCase {

    private final ImportStagingPort staging;
    private final Duration keep;
    private final Clock clock;

    public PurgeStagedImportsService(ImportStagingPort staging, Duration keep, Clock clock) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("keep " + keep);
        }
        this.staging = staging;
        this.keep = keep;
        this.clock = clock;
    }

    @Override
    public int purge() {
        return staging.removeStagedBefore(clock.instant().minus(keep));
    }
}
