package io.portico.application.importing.port.out;

import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** Issue 12 item 5: the mapping each staff member last used for a header (targets as their codes). */
public interface ImportMappingPort {

    Optional<List<String>> remembered(StaffId staff, List<String> header);

    /** Replaces what was remembered for this staff member and header. */
    void remember(StaffId staff, List<String> header, List<String> codes);
}
