package io.portico.mail.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.mailbox.SyncError;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class ServerFailuresTest {

    @Test
    void D1_names_the_reason_found_along_the_cause_chain() {
        assertThat(ServerFailures.classify(new AuthenticationFailedException("no"))).isEqualTo(SyncError.WRONG_PASSWORD);
        assertThat(ServerFailures.classify(new MessagingException("x", new UnknownHostException("imap.nowhere"))))
                .isEqualTo(SyncError.HOST_UNREACHABLE);
        assertThat(ServerFailures.classify(new MessagingException("x", new ConnectException("refused")))).isEqualTo(SyncError.HOST_UNREACHABLE);
        assertThat(ServerFailures.classify(new MessagingException("x", new SSLHandshakeException("PKIX path")))).isEqualTo(SyncError.CERTIFICATE);
        assertThat(ServerFailures.classify(new MessagingException("x", new SocketTimeoutException("read")))).isEqualTo(SyncError.TIMEOUT);
        assertThat(ServerFailures.classify(new MessagingException("something else"))).isEqualTo(SyncError.OTHER);
    }
}
