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
import io.portico.application.tag.port.in.TagsQuery;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagScope;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import io.portico.ui.erasure.ErasureActions;
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
    /** Issue 12, item 9: part of a name or an address, as the account search. */
    final TextField search = new TextField();
    final Select<Optional<Tag>> tag = new Select<>();
    final Select<Optional<Boolean>> portalAccess = new Select<>();
    private final FindContactsQuery contacts;
    private final EditContactUseCase edit;
    private final StaffId viewer;
    private final ErasureActions erasure;

    public ContactsView(FindContactsQuery contacts, EditContactUseCase edit, StaffSession session, TagsQuery tags, ErasureActions erasure) {
        this.erasure = erasure;
        this.contacts = contacts;
        this.edit = edit;
        this.viewer = new StaffId(session.current().orElseThrow().id());
        setSizeFull();
        grid.addColumn(ContactRow::name).setHeader(getTranslation("field.contact")).setFlexGrow(2);
        grid.addColumn(ContactRow::primaryEmail).setHeader(getTranslation("field.email")).setFlexGrow(2);
        grid.addColumn(row -> String.join(", ", row.accounts())).setHeader(getTranslation("nav.accounts")).setFlexGrow(3);
        grid.addItemClickListener(click -> open(click.getItem()));
        configureFilters(tags.tags(TagScope.CONTACT));
        refresh();
        var filters = new HorizontalLayout(search, tag, portalAccess);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation("contacts.title")), filters, grid);
    }

    /** Issue 12, item 9: the same search and filters as the account list — by text, contact tag (A5), portal access. */
    private void configureFilters(List<Tag> contactTags) {
        search.setLabel(getTranslation("contacts.search"));
        search.setPlaceholder(getTranslation("contacts.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        List<Optional<Tag>> tagItems = new ArrayList<>(List.of(Optional.empty()));
        contactTags.forEach(t -> tagItems.add(Optional.of(t)));
        tag.setLabel(getTranslation("field.tag"));
        tag.setItems(tagItems);
        tag.setItemLabelGenerator(t -> t.map(Tag::name).orElse(getTranslation("filter.any")));
        tag.setValue(Optional.empty());
        tag.addValueChangeListener(e -> refresh());
        portalAccess.setLabel(getTranslation("contacts.portal-access"));
        portalAccess.setItems(Optional.empty(), Optional.of(true), Optional.of(false));
        portalAccess.setItemLabelGenerator(p -> p.map(has -> getTranslation("contacts.portal-access." + has))
                .orElse(getTranslation("filter.any")));
        portalAccess.setValue(Optional.empty());
        portalAccess.addValueChangeListener(e -> refresh());
    }

    private void refresh() {
        Optional<String> text = Optional.of(search.getValue());
        Optional<io.portico.domain.tag.TagId> only = tag.getValue().map(Tag::id);
        Optional<Boolean> access = portalAccess.getValue();
        var pager = new KeysetPager<ContactRow>((after, limit) -> contacts.page(viewer,
                new ContactListRequest(Optional.empty(), after, limit, text, only, access)), PAGE);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()).stream());
    }

    private void open(ContactRow row) {
        contacts.contact(viewer, row.id()).ifPresent(contact -> {
            var dialog = new ContactDialog(contact, edit, viewer, this::refresh);
            // issue 14, item 2: a contact linked to no account can be erased on its own
            erasure.contact(viewer, contact.id(), contact.name().full(), () -> {
                dialog.close();
                refresh();
            }).ifPresent(dialog.getFooter()::add);
            dialog.open();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.title") + " · Portico";
    }
}
