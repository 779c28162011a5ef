package io.portico.ui.team;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.staff.port.in.AcceptStaffInvitationCommand;
import io.portico.application.staff.port.in.AcceptStaffInvitationUseCase;
import io.portico.application.staff.port.in.StaffInvitationOffer;
import io.portico.ui.i18n.LanguageSelect;
import io.portico.ui.link.LinkGone;
import io.portico.ui.link.MailedLinkPage;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;

/**
 * G2: the page of a staff invitation. Opening it uses nothing up; setting the password uses the link,
 * makes the member active and signs them in.
 */
@Route(value = StaffInvitationView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class StaffInvitationView extends MailedLinkPage<StaffInvitationOffer> {

    public static final String ROUTE = "join";
    public static final String TOKEN = "token";

    final Paragraph offer = new Paragraph();
    final PasswordField password = new PasswordField(getTranslation("field.password"));
    final PasswordField confirmation = new PasswordField(getTranslation("field.passwordConfirmation"));
    final Button join = new Button(getTranslation("team.join.submit"));
    final VerticalLayout form = new VerticalLayout(new H1(getTranslation("team.join.title")), offer, password, confirmation, join);
    final LinkGone gone = new LinkGone("team.join.gone", new Anchor("login", getTranslation("team.join.sign-in")));

    public StaffInvitationView(AcceptStaffInvitationUseCase accept, StaffSession session) {
        super(TOKEN, accept::open, "team.join.title", " · Portico");
        setsPassword(password, confirmation, join, newPassword -> {
            session.signIn(StaffPrincipal.of(accept.accept(new AcceptStaffInvitationCommand(token(), newPassword))));
            getUI().ifPresent(ui -> ui.navigate("")); // the home page, by path: this package knows no staff views
        });
        add(new LanguageSelect());
        layOut(form, gone);
    }

    @Override
    protected void show(StaffInvitationOffer found) {
        offer.setText(getTranslation("team.join.intro", found.firstName(), found.email()));
    }
}
