package io.portico.ui.link;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.portico.domain.shared.SecretToken;
import java.util.Optional;

/**
 * The one way a page opens a mailed link (password resets, invitation, sign-up verification). Opening
 * only looks (mail scanners open links too): the link is used up only by the page's own action. A used,
 * voided, expired or made-up link shows the same page, {@link LinkGone}, with a way to ask again.
 *
 * @param <O> what a working link offers, shown on the page
 */
public abstract class MailedLinkPage<O> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String tokenParameter;
    private final String titleKey;
    private final String site;
    private SecretToken token;

    /**
     * @param titleKey the title while the link works
     * @param site     what the browser's title adds after it (" · Portico", " · Portal")
     */
    protected MailedLinkPage(String tokenParameter, String titleKey, String site) {
        this.tokenParameter = tokenParameter;
        this.titleKey = titleKey;
        this.site = site;
        setMaxWidth("30em");
        getStyle().set("margin", "0 auto");
    }

    /** What the link offers while it works; never uses it up. */
    protected abstract Optional<O> open(SecretToken token);

    /** Shows what a working link offers before its part is made visible. */
    protected void show(O offer) {
    }

    /** What a working link shows. */
    protected abstract Component usable();

    /** What a link that no longer works shows. */
    protected abstract LinkGone gone();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = LinkToken.of(event, tokenParameter).orElse(null);
        Optional<O> offered = Optional.ofNullable(token).flatMap(this::open);
        offered.ifPresent(this::show);
        showUsable(offered.isPresent());
    }

    /** The token the page was opened with, for the page's action. */
    protected SecretToken token() {
        return token;
    }

    /** The link stopped working between opening and acting (used elsewhere, voided, expired). */
    protected void linkGone() {
        showUsable(false);
    }

    private void showUsable(boolean usable) {
        usable().setVisible(usable);
        gone().setVisible(!usable);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(usable().isVisible() ? titleKey : LinkGone.TITLE) + site;
    }
}
