package io.portico.application.tag.port.in;

import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;

public interface DeleteTagUseCase {

    /** Removes the tag from the firm and from every account or contact carrying it; owners and admins only. */
    void delete(StaffId actor, TagId tag);
}
