package io.portico.ui.account;

import io.portico.ui.job.JobProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.account.port.AccountColumn;
import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.in.FindAccountsQuery;
import io.portico.application.account.port.PortalStatus;
import io.portico.application.tag.port.in.TagsQuery;
import io.portico.application.staff.port.in.StaffDirectoryQuery;
import io.portico.application.staff.port.in.StaffSummary;
import io.portico.application.bulk.port.AccountFilter;
import io.portico.application.bulk.port.in.BulkAccessQuery;
import io.portico.application.bulk.port.in.StartBulkAccessUseCase;
import io.portico.application.notification.port.in.LockNotificationCategoriesUseCase;
import io.portico.application.bulk.port.in.StartBulkEmailCommand;
import io.portico.application.bulk.port.in.StartBulkEmailUseCase;
import io.portico.application.job.port.in.JobStatusQuery;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.job.JobId;
import io.portico.domain.message.AttachmentLimits;
import com.vaadin.flow.component.notification.Notification;
import io.portico.domain.staff.StaffId;
import io.portico.ui.grid.KeysetPager;
import io.portico.ui.message.ComposeMessageDialog;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagScope;
import io.portico.ui.settings.TagBadge;
import java.util.ArrayList;
import java.util.List;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** E1: every account the signed-in member may see, scrolled lazily page by page. */
@Route("clients/accounts")
@PermitAll
public class AccountsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 50;

    private final FindAccountsQuery accounts;
    private final StaffId viewer;
    final Grid<AccountRow> grid = new Grid<>();
    final Select<Optional<AccountType>> type = new Select<>();
    final Select<Optional<PortalStatus>> portal = new Select<>();
    final Select<Optional<Tag>> tag = new Select<>();
    final Select<Optional<StaffSummary>> teamMember = new Select<>();
    /** Issue 14, item 1: the archived accounts instead of the active ones. */
    final Checkbox archived = new Checkbox();
    private KeysetPager<AccountRow> pager;
    private boolean descending;
    /** Issue 12, item 9: the column sorted by, restored from the member's last visit. */
    private AccountColumn sortBy = AccountColumn.NAME;
    private final AccountListColumns columns;
    /** While the member's layout is put back: the grid's own events then are not changes to remember. */
    private boolean restoring;

    final MenuBar moreActions = new MenuBar();
    final Button importAccounts = new Button();
    /** E1: the columns to show, checked; issue 12, item 9: each change is remembered. */
    ContextMenu columnsMenu;
    final VerticalLayout jobs = new VerticalLayout();
    private final StartBulkEmailUseCase bulkEmail;
    private final AttachmentLimits attachmentLimits;
    private final JobStatusQuery jobStatus;
    private final BulkAccessActions bulkAccess;

    public AccountsView(FindAccountsQuery accounts, TagsQuery tags, StaffDirectoryQuery staff, StaffSession session,
                        StartBulkEmailUseCase bulkEmail, JobStatusQuery jobStatus, AttachmentLimits attachmentLimits,
                        BulkAccessQuery bulkAccessQuery, StartBulkAccessUseCase startBulkAccess,
                        LockNotificationCategoriesUseCase lockedCategories, AccountListColumns columns) {
        this.accounts = accounts;
        this.columns = columns;
        this.bulkEmail = bulkEmail;
        this.attachmentLimits = attachmentLimits;
        this.jobStatus = jobStatus;
        this.viewer = new StaffId(session.current().orElseThrow().id());
        setSizeFull();
        configureFilters();
        configureTagFilter(tags.tags(TagScope.ACCOUNT));
        configureTeamFilter(staff.activeStaff());
        configureGrid();
        this.bulkAccess = new BulkAccessActions(new BulkAccessActions.Uses(bulkAccessQuery, startBulkAccess, lockedCategories), viewer,
                grid, jobs, jobStatus, this::filter);
        restoreLayout();
        var filters = new HorizontalLayout(type, portal, tag, teamMember, archived, columnsButton(), moreActionsMenu(), importButton());
        filters.setAlignItems(Alignment.BASELINE);
        jobs.setPadding(false);
        add(new H1(getTranslation("accounts.title")), filters, bulkAccess.allMatching, jobs, grid);
        refresh();
    }

    /** Issue 12 item 5: the CSV import, a page of its own. */
    private Button importButton() {
        importAccounts.setText(getTranslation("accounts.import"));
        importAccounts.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("clients/accounts/import")));
        return importAccounts;
    }

    private void configureFilters() {
        type.setLabel(getTranslation("accounts.type"));
        type.setItems(Optional.empty(), Optional.of(AccountType.INDIVIDUAL), Optional.of(AccountType.COMPANY), Optional.of(AccountType.OTHER));
        type.setItemLabelGenerator(t -> t.map(this::typeLabel).orElse(getTranslation("filter.any")));
        type.setValue(Optional.empty());
        portal.setLabel(getTranslation("accounts.portal"));
        portal.setItems(Optional.empty(), Optional.of(PortalStatus.ACTIVE), Optional.of(PortalStatus.PENDING_ACTIVATION),
                Optional.of(PortalStatus.NO_ACCESS));
        portal.setItemLabelGenerator(p -> p.map(status -> getTranslation("accounts.portal." + status.name()))
                .orElse(getTranslation("filter.any")));
        portal.setValue(Optional.empty());
        type.addValueChangeListener(e -> refresh());
        portal.addValueChangeListener(e -> refresh());
        archived.setLabel(getTranslation("accounts.archived"));
        archived.addValueChangeListener(e -> {
            moreActions.setEnabled(!e.getValue()); // archived accounts are read-only: no bulk email or bulk edit there
            refresh();
        });
    }

    /** E1: only the accounts a given staff member is on the team of. */
    private void configureTeamFilter(List<StaffSummary> staff) {
        teamMember.setLabel(getTranslation("accounts.team"));
        List<Optional<StaffSummary>> choices = new java.util.ArrayList<>(List.of(Optional.empty()));
        staff.forEach(member -> choices.add(Optional.of(member)));
        teamMember.setItems(choices);
        teamMember.setItemLabelGenerator(m -> m.map(StaffSummary::name).orElse(getTranslation("filter.any")));
        teamMember.setValue(Optional.empty());
        teamMember.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(AccountRow::name).setHeader(getTranslation("field.accountName")).setKey("name").setFlexGrow(3);
        grid.addColumn(row -> typeLabel(row.type())).setHeader(getTranslation("accounts.type")).setKey("type");
        grid.addColumn(row -> String.join(", ", row.teamMembers())).setHeader(getTranslation("accounts.team")).setKey("team").setFlexGrow(2);
        grid.addComponentColumn(row -> TagBadge.row(row.tags())).setHeader(getTranslation("field.tags")).setKey("tags").setFlexGrow(2);
        grid.addComponentColumn(row -> indicator(row.login())).setHeader(getTranslation("toggle.LOGIN")).setKey("login").setAutoWidth(true);
        grid.addComponentColumn(row -> indicator(row.notifications())).setHeader(getTranslation("toggle.NOTIFY")).setKey("notify").setAutoWidth(true);
        grid.addComponentColumn(row -> indicator(row.emailSync())).setHeader(getTranslation("toggle.EMAIL_SYNC")).setKey("sync").setAutoWidth(true);
        grid.getColumns().forEach(column -> column.setResizable(true).setSortable(true));
        grid.setColumnReorderingAllowed(true);
        grid.addSortListener(event -> {
            // issue 12, item 9: by any column; a sort taken off (or by a column not the list's) goes back to the name
            var order = event.getSortOrder().stream().findFirst();
            sortBy = order.map(sort -> AccountListColumns.of(sort.getSorted())).orElse(AccountColumn.NAME);
            descending = order.map(GridSortOrder::getDirection).map(direction -> direction == SortDirection.DESCENDING).orElse(false);
            if (!restoring) {
                refresh();
                rememberLayout();
            }
        });
        grid.addColumnReorderListener(event -> rememberLayout());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(AccountView.class, click.getItem().id().value().toString())));
    }

    /** E1, A5: only accounts with the chosen tag. */
    private void configureTagFilter(List<Tag> accountTags) {
        List<Optional<Tag>> items = new ArrayList<>();
        items.add(Optional.empty());
        accountTags.forEach(t -> items.add(Optional.of(t)));
        tag.setLabel(getTranslation("field.tag"));
        tag.setItems(items);
        tag.setItemLabelGenerator(t -> t.map(Tag::name).orElse(getTranslation("filter.any")));
        tag.setValue(Optional.empty());
        tag.addValueChangeListener(e -> refresh());
    }

    /** E1: every column but the name can be hidden and shown again. */
    private Component columnsButton() {
        var button = new Button(getTranslation("accounts.columns"));
        var menu = new ContextMenu(button);
        columnsMenu = menu;
        menu.setOpenOnClick(true);
        grid.getColumns().stream().filter(column -> !"name".equals(column.getKey())).forEach(column -> {
            var item = menu.addItem(column.getHeaderText(), click -> {
                column.setVisible(click.getSource().isChecked());
                rememberLayout();
            });
            item.setCheckable(true);
            item.setChecked(column.isVisible());
        });
        return button;
    }

    /** Item 10: actions on the selected accounts. */
    private Component moreActionsMenu() {
        var more = moreActions.addItem(getTranslation("accounts.more-actions"));
        more.getSubMenu().addItem(getTranslation("accounts.send-email"), click -> sendEmail());
        more.getSubMenu().addItem(getTranslation("accounts.edit-access"), click -> bulkAccess.open());
        return moreActions;
    }

    private void sendEmail() {
        List<AccountId> selected = grid.getSelectedItems().stream().map(AccountRow::id).toList();
        if (selected.isEmpty()) {
            Notification.show(getTranslation("bulk-email.select-first"), 4000, Notification.Position.MIDDLE);
            return;
        }
        var dialog = new ComposeMessageDialog(attachmentLimits, draft -> {
            JobId job = bulkEmail.start(new StartBulkEmailCommand(selected, draft, viewer));
            grid.deselectAll();
            jobs.add(new JobProgress(jobStatus, viewer, job, draft.subject()));
        });
        dialog.setHeaderTitle(getTranslation("bulk-email.title", selected.size()));
        dialog.open();
    }

    /** Issue 12, item 9: the columns, their order and the sort as the member left them. */
    private void restoreLayout() {
        restoring = true;
        var layout = columns.restore(grid, viewer);
        restoring = false;
        sortBy = layout.sortBy();
        descending = layout.descending();
    }

    private void rememberLayout() {
        columns.remember(grid, viewer, sortBy, descending);
    }

    private void refresh() {
        var request = new AccountListRequest(Optional.empty(), type.getValue(), teamMember.getValue().map(StaffSummary::id),
                portal.getValue(), descending,
                Optional.empty(), Optional.empty(), PAGE, tag.getValue().map(Tag::id)).sortedBy(sortBy, descending).inArchive(archived.getValue());
        pager = new KeysetPager<>((after, limit) -> accounts.page(viewer, after.map(request::after).orElse(request)), PAGE);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()).stream());
    }

    /** Item 11: Home's figures link here filtered, e.g. {@code clients/accounts?portal=PENDING_ACTIVATION}; unknown values are ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("type").flatMap(value -> named(AccountType.class, value)).ifPresent(t -> type.setValue(Optional.of(t)));
        query.getSingleParameter("portal").flatMap(value -> named(PortalStatus.class, value)).ifPresent(p -> portal.setValue(Optional.of(p)));
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return java.util.Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }

    /** E3: the list's filter, as "all N accounts matching the filter" reads it again. */
    private AccountFilter filter() {
        return new AccountFilter(type.getValue(), teamMember.getValue().map(StaffSummary::id), portal.getValue(),
                tag.getValue().map(Tag::id));
    }

    /** Green when on for at least one address, beige when for none (E1). */
    static Component indicator(boolean on) {
        var dot = new Span(on ? "●" : "○");
        dot.getStyle().set("color", on ? "var(--lumo-success-color)" : "#c8b68e");
        dot.getElement().setAttribute("aria-label", on ? "on" : "off");
        return dot;
    }

    private String typeLabel(AccountType type) {
        return getTranslation("account.type." + type.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · Portico";
    }
}
