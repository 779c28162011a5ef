package io.portico.ui.link;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import io.portico.ui.form.NewPasswords;
import io.portico.ui.i18n.InputErrors;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way a page opens a mailed link (password resets, invitation, sign-up verification). Opening
 * only looks (mail scanners open links too): the link is used up only by the page's own action. A used,
 * voided, expired or made-up link shows the same page, {@link LinkGone}, with a way to ask again.
 *
 * @param <O> what a working link offers, shown on the page
 */
public abstract class MailedLinkPage<O> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String tokenParameter;
    private final Function<SecretToken, Optional<O>> open;
    private final String titleKey;
    private final String site;
    private Component usable;
    private LinkGone gone;
    private SecretToken token;

    /**
     * @param open     what the link offers while it works; it must never use the link up
     * @param titleKey the title while the link works
     * @param site     what the browser's title adds after it (" · Portico", " · Portal")
     */
    protected MailedLinkPage(String tokenParameter, Function<SecretToken, Optional<O>> open, String titleKey, String site) {
        this.tokenParameter = tokenParameter;
        this.open = open;
        this.titleKey = titleKey;
        this.site = site;
        setMaxWidth("30em");
        getStyle().set("margin", "0 auto");
    }

    /** Adds what a working link shows and what a dead one does; only one of them is visible. */
    protected void layOut(VerticalLayout whileUsable, LinkGone onceGone) {
        whileUsable.setPadding(false);
        this.usable = whileUsable;
        this.gone = onceGone;
        add(whileUsable, onceGone);
    }

    /** Shows what a working link offers, before it is made visible. */
    protected void show(O offer) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = LinkToken.of(event, tokenParameter).orElse(null);
        Optional<O> offered = Optional.ofNullable(token).flatMap(open);
        offered.ifPresent(this::show);
        showUsable(offered.isPresent());
    }

    /**
     * Wires a page whose action sets a password typed twice: Enter or {@code submit} runs {@code action};
     * a refused password shows on its fields and leaves the link usable; a dead link shows {@link LinkGone}.
     */
    protected void setsPassword(PasswordField password, PasswordField confirmation, Button submit, Consumer<String> action) {
        NewPasswords.describe(password);
        password.setWidthFull();
        confirmation.setWidthFull();
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> {
            if (NewPasswords.repeated(password, confirmation)) {
                act(() -> action.accept(password.getValue()), password, confirmation);
            }
        });
    }

    private void act(Runnable action, PasswordField password, PasswordField confirmation) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("password", password, "confirmation", confirmation));
        } catch (LinkNoLongerValidException e) {
            linkGone();
        }
    }

    /** The token the page was opened with, for the page's action. */
    protected SecretToken token() {
        return token;
    }

    /** The link stopped working between opening and acting (used elsewhere, voided, expired). */
    protected void linkGone() {
        showUsable(false);
    }

    private void showUsable(boolean works) {
        usable.setVisible(works);
        gone.setVisible(!works);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(usable.isVisible() ? titleKey : LinkGone.TITLE) + site;
    }
}
