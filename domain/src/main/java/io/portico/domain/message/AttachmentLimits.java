package io.portico.domain.message;

import io.portico.domain.shared.FileAttachment;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Require;
import java.util.List;

/**
 * Item 8: how large a message's files may be, each and all together (a firm setting). A file over
 * either limit refuses the whole message, naming the field "attachments" and the limit in megabytes.
 */
public record AttachmentLimits(long maxFileBytes, long maxTotalBytes) {

    private static final long MEGABYTE = 1024 * 1024;
    /** 10 MB a file, 25 MB a message. */
    public static final AttachmentLimits DEFAULT = megabytes(10, 25);
    static final int MAX_NAME_LENGTH = 255;

    public AttachmentLimits {
        if (maxFileBytes <= 0 || maxTotalBytes < maxFileBytes) {
            throw new IllegalArgumentException("limits must be positive, the total at least one file's");
        }
    }

    public static AttachmentLimits megabytes(long perFile, long total) {
        return new AttachmentLimits(perFile * MEGABYTE, total * MEGABYTE);
    }

    /** @throws InvalidInputException on field "attachments" for a file too large, files too large together, or a bad name */
    public void check(List<FileAttachment> files) {
        long total = 0;
        for (FileAttachment file : files) {
            Require.text("attachments", file.fileName(), MAX_NAME_LENGTH);
            if (file.size() > maxFileBytes) {
                throw new InvalidInputException("attachments", "message.attachment-too-large", file.fileName(), megabytes(maxFileBytes));
            }
            total += file.size();
        }
        if (total > maxTotalBytes) {
            throw new InvalidInputException("attachments", "message.attachments-too-large", megabytes(maxTotalBytes));
        }
    }

    /** The limit as people read it, rounded down to whole megabytes. */
    static long megabytes(long bytes) {
        return bytes / MEGABYTE;
    }
}
