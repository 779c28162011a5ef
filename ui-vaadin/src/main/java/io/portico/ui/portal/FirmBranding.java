package io.portico.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.ui.logo.FirmLogoController;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Issue 11, item 7: whose portal this is — the firm's logo and name at the top of every portal page, its address,
 * phone and reply-to address at the foot, and its accent colour as Lumo's primary colour (Java-side, no theme build).
 * Read when the page is built, so a rename shows on the next page.
 */
final class FirmBranding {

    private FirmBranding() {
    }

    /** Puts the firm's header first and its footer last on a stand-alone page (sign-in, sign-up, links). */
    static void around(FlexComponent page, FirmIdentityQuery firm) {
        firm.identity().ifPresent(identity -> {
            page.addComponentAsFirst(header(identity));
            page.add(footer(identity));
            accent(identity);
        });
    }

    /** The logo and name, for the portal's navigation bar. */
    static Component header(FirmIdentity identity) {
        var name = new Span(identity.name().value());
        name.addClassName("firm-name");
        name.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)").set("color", identity.accent().value());
        var header = new HorizontalLayout();
        header.addClassName("firm-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (identity.hasLogo()) {
            var logo = new Image(FirmLogoController.src(identity.version()), identity.name().value());
            logo.setMaxHeight("40px");
            header.add(logo);
        }
        header.add(name);
        return header;
    }

    static Component footer(FirmIdentity identity) {
        String contact = Stream.of(address(identity.address()), identity.phone(), identity.replyTo().map(EmailAddress::value).orElse(""))
                .filter(part -> !part.isBlank()).collect(Collectors.joining(" · "));
        var footer = new Div(new Span(identity.name().value()), new Span(contact.isEmpty() ? "" : " · " + contact));
        footer.addClassName("firm-footer");
        footer.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("padding", "var(--lumo-space-m) 0").set("margin-top", "auto");
        return footer;
    }

    /** Buttons, links and focus rings take the firm's colour on this page. */
    static void accent(FirmIdentity identity) {
        UI.getCurrent().getElement().getStyle().set("--lumo-primary-color", identity.accent().value())
                .set("--lumo-primary-text-color", identity.accent().value());
    }

    private static String address(PostalAddress address) {
        return Stream.of(address.street(), (address.postalCode() + " " + address.city()).strip(), address.region(), address.country())
                .filter(part -> !part.isBlank()).collect(Collectors.joining(", "));
    }
}
