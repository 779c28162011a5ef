package io.portico.persistence.backup;

import io.portico.application.backup.port.BackupFile;
import io.portico.application.backup.port.out.BackupStorePort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Issue 14, item 5: backups as {@code *.backup} files in one directory. A backup is written to a hidden
 * {@code .partial} file first and renamed when complete, so the list never shows a half-written one.
 */
public final class BackupFiles implements BackupStorePort {

    static final String SUFFIX = ".backup";

    private final DataSource dataSource;
    private final Path directory;
    private final Clock clock;

    public BackupFiles(DataSource dataSource, Path directory, Clock clock) {
        this.dataSource = dataSource;
        this.directory = directory.toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Override
    public BackupFile backUp(String name) throws BackupFailedException {
        Path target = file(name).orElseThrow(() -> new IllegalArgumentException("not a backup's name: " + name));
        Path partial = directory.resolve("." + name + ".partial");
        try {
            Files.createDirectories(directory);
            try (OutputStream out = Files.newOutputStream(partial)) {
                DatabaseBackup.write(dataSource, out, clock.instant());
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return describe(target);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(partial);
            throw new BackupFailedException("the backup " + name + " could not be written", e);
        }
    }

    @Override
    public List<BackupFile> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(path -> isBackupName(path.getFileName().toString()) && Files.isRegularFile(path))
                    .map(BackupFiles::describe)
                    .sorted(Comparator.comparing(BackupFile::takenAt).thenComparing(BackupFile::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<InputStream> open(String name) {
        return file(name).filter(Files::isRegularFile).map(path -> {
            try {
                return Files.newInputStream(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void delete(String name) {
        file(name).ifPresent(BackupFiles::deleteQuietly);
    }

    /** Only a plain file name ending in .backup names a file, and only in this directory. */
    private Optional<Path> file(String name) {
        return isBackupName(name) ? Optional.of(directory.resolve(name)) : Optional.empty();
    }

    private static boolean isBackupName(String name) {
        return name.endsWith(SUFFIX) && !name.startsWith(".") && name.matches("[A-Za-z0-9._-]+");
    }

    private static BackupFile describe(Path path) {
        try {
            return new BackupFile(path.getFileName().toString(), Files.getLastModifiedTime(path).toInstant(), Files.size(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover partial file is hidden from the list and replaced by the next backup of the name
        }
    }
}
