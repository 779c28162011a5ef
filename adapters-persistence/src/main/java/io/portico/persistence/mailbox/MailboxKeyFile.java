package io.portico.persistence.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * D1: with no {@code portico.mailboxes.key} configured, the key mailbox passwords are sealed with is a random 256-bit
 * value kept in a file of the data directory, created once, readable by its owner only. Losing it loses the stored
 * passwords (they must be typed again); back it up with the database.
 */
public final class MailboxKeyFile {

    public static final String NAME = "mailbox.key";

    private MailboxKeyFile() {
    }

    /** The key in {@code dataDir}/{@value #NAME}, created (owner-only) when there is none. */
    public static String readOrCreate(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            Files.createDirectories(dataDir);
            create(file);
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the mailbox key file " + file.toAbsolutePath(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            // created with its permissions, so the key is never readable by others, not even for a moment
            Files.writeString(Files.createFile(file, ownerOnly(file)), HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // made before (or by another node on a shared disk): used as it is
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }
}
