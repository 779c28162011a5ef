package io.portico.ui.contact;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.contact.port.ContactListRequest;
import io.portico.application.contact.port.ContactRow;
import io.portico.application.contact.port.in.EditContactUseCase;
import io.portico.application.contact.port.in.FindContactsQuery;
import io.portico.domain.staff.StaffId;
import io.portico.ui.grid.KeysetPager;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** E4: contacts with the accounts each is linked to; opening one edits it (F6). */
@Route("clients/contacts")
@PermitAll
public class ContactsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 50;

    final Grid<ContactRow> grid = new Grid<>();
    private final FindContactsQuery contacts;
    private final EditContactUseCase edit;
    private final StaffId viewer;

    public ContactsView(FindContactsQuery contacts, EditContactUseCase edit, StaffSession session) {
        this.contacts = contacts;
        this.edit = edit;
        this.viewer = new StaffId(session.current().orElseThrow().id());
        setSizeFull();
        grid.addColumn(ContactRow::name).setHeader(getTranslation("field.contact")).setFlexGrow(2);
        grid.addColumn(ContactRow::primaryEmail).setHeader(getTranslation("field.email")).setFlexGrow(2);
        grid.addColumn(row -> String.join(", ", row.accounts())).setHeader(getTranslation("nav.accounts")).setFlexGrow(3);
        grid.addItemClickListener(click -> open(click.getItem()));
        refresh();
        add(new H1(getTranslation("contacts.title")), grid);
    }

    private void refresh() {
        var pager = new KeysetPager<ContactRow>((after, limit) -> contacts.page(viewer, new ContactListRequest(Optional.empty(), after, limit)), PAGE);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()).stream());
    }

    private void open(ContactRow row) {
        contacts.contact(viewer, row.id()).ifPresent(contact -> new ContactDialog(contact, edit, viewer, this::refresh).open());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.title") + " · Portico";
    }
}
