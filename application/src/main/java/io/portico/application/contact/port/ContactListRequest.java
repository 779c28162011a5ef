package io.portico.application.contact.port;

import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;
import java.util.Optional;

/**
 * A page of contacts by last name, first name, id — keyset pagination after the given row.
 *
 * @param visibleTo    only contacts linked to an account whose team has this member; empty for all
 * @param search       issue 12, item 9: only contacts whose name or an address contains this text; empty for all
 * @param tag          only contacts with this contact tag (A5); empty for all
 * @param portalAccess only contacts with (true) or without (false) an address with LOGIN on an account; empty for all
 */
public record ContactListRequest(Optional<StaffId> visibleTo, Optional<ContactRow> after, int limit, Optional<String> search,
                                 Optional<TagId> tag, Optional<Boolean> portalAccess) {

    public ContactListRequest {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1..500");
        }
        search = search == null ? Optional.empty() : search.map(String::strip).filter(text -> !text.isEmpty());
        tag = tag == null ? Optional.empty() : tag;
        portalAccess = portalAccess == null ? Optional.empty() : portalAccess;
    }

    /** Every contact, unfiltered. */
    public ContactListRequest(Optional<StaffId> visibleTo, Optional<ContactRow> after, int limit) {
        this(visibleTo, after, limit, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ContactListRequest after(ContactRow last) {
        return new ContactListRequest(visibleTo, Optional.of(last), limit, search, tag, portalAccess);
    }

    public ContactListRequest visibleTo(Optional<StaffId> member) {
        return new ContactListRequest(member, after, limit, search, tag, portalAccess);
    }
}
