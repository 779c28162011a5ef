package io.portico.domain.email;

/**
 * Item 3: where the sync of one folder stands — the folder's UIDVALIDITY when it was read, and the highest UID
 * looked at. UIDs mean something only under the UIDVALIDITY they were given with.
 */
public record FolderCursor(long uidValidity, long lastUid) {

    public FolderCursor {
        if (lastUid < 0) {
            throw new IllegalArgumentException("lastUid " + lastUid);
        }
    }

    /**
     * The UID to read after, in a folder now at {@code currentValidity}: where the sync stopped, or 0 — the whole
     * folder again — when the server renumbered it. Messages already kept are kept once, so this duplicates nothing.
     */
    public long resumeAfter(long currentValidity) {
        return currentValidity == uidValidity ? lastUid : 0;
    }
}
