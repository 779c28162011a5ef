package io.portico.ui.link;

import com.vaadin.flow.router.BeforeEnterEvent;
import io.portico.domain.shared.SecretToken;
import java.util.Optional;

/** The secret of a link sent by mail (reset, activation, sign-up), read from the page's query parameter. */
final class LinkToken {

    private LinkToken() {
    }

    /** The token in {@code parameter}; none when it is missing or blank. */
    static Optional<SecretToken> of(BeforeEnterEvent event, String parameter) {
        return event.getLocation().getQueryParameters().getSingleParameter(parameter)
                .filter(value -> !value.isBlank())
                .map(SecretToken::new);
    }
}
