package io.portico.domain.mailbox;

/** Why a mailbox could not be reached, in the plain words shown to admins (item 2): a key per reason. */
public enum SyncError {
    WRONG_PASSWORD,
    HOST_UNREACHABLE,
    CERTIFICATE,
    TIMEOUT,
    /** The server has no such folder (e.g. no sent folder could be found). */
    FOLDER_MISSING,
    OTHER
}
