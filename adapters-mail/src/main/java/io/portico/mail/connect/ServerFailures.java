package io.portico.mail.connect;

import io.portico.domain.mailbox.SyncError;
import jakarta.mail.AuthenticationFailedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/** Item 2: why a mail server could not be used, in the plain words shown to admins, read from the cause chain. */
public final class ServerFailures {

    private ServerFailures() {
    }

    public static SyncError classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            switch (t) {
                case AuthenticationFailedException e -> {
                    return SyncError.WRONG_PASSWORD;
                }
                case CertificateException e -> {
                    return SyncError.CERTIFICATE;
                }
                case SSLException e -> {
                    return SyncError.CERTIFICATE;
                }
                case SocketTimeoutException e -> {
                    return SyncError.TIMEOUT;
                }
                case UnknownHostException e -> {
                    return SyncError.HOST_UNREACHABLE;
                }
                case ConnectException e -> {
                    return SyncError.HOST_UNREACHABLE;
                }
                case NoRouteToHostException e -> {
                    return SyncError.HOST_UNREACHABLE;
                }
                default -> {
                }
            }
        }
        return SyncError.OTHER;
    }
}
