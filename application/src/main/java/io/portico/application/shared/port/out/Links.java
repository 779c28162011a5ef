package io.portico.application.shared.port.out;

import io.portico.domain.shared.SecretToken;

/** Absolute addresses of the app's pages, for links in emails. */
public interface Links {

    String staffPasswordReset(SecretToken token);
}
