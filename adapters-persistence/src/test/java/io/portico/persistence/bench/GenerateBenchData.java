package io.portico.persistence.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the bench database with {@code -Dportico.accounts} accounts (default 100 000) and their contacts,
 * addresses, access toggles and teams, through PostgreSQL COPY in chunks of 20 000 accounts (one
 * transaction each), on {@code -Dportico.threads} connections at once (default: one per core).
 * A tool, not a test: see the README's Performance section.
 *
 * <p>Shape: 20 staff (1 owner, 2 admins, 17 employees); accounts 65 % individuals, 30 % companies,
 * 5 % other; 1.5 linked contacts per account on average, about 4 % of links going to a contact of an
 * earlier account of the same chunk (a contact linked to two accounts); 1.3 addresses per contact; every address of a
 * linked contact has its LOGIN / NOTIFY / EMAIL SYNC row (some on); 1–3 team members per account.
 * Names are Italian, French, Spanish and Romanian. Eight account tags; an account has none (50 %), one
 * (35 %) or two (15 %). The search's texts (search_entry) are written by V19's triggers as each COPY
 * loads its rows, as for any other writer.
 *
 * <p>Refuses a database that already has accounts unless {@code -Dportico.reset=true}, which empties
 * every data table (not the schema) first. Deterministic for a given {@code -Dportico.seed}.
 */
public final class GenerateBenchData {

    private static final int CHUNK = 20_000;
    private static final String STAFF_DOMAIN = "@bench.portico.example";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final Map<String, Long> nanosPerTable = new LinkedHashMap<>();
    private final Map<String, Long> rowsPerTable = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        int accounts = Integer.parseInt(System.getProperty("portico.accounts", "100000").replace("_", ""));
        boolean reset = Boolean.getBoolean("portico.reset");
        long seed = Long.getLong("portico.seed", 42L);
        int threads = Integer.getInteger("portico.threads", Runtime.getRuntime().availableProcessors());
        try (BenchDatabase database = BenchDatabase.open();
             Connection connection = database.dataSource().getConnection()) {
            System.out.printf("Generating %,d accounts into %s with %d connections%n", accounts, database.description(), threads);
            new GenerateBenchData().run(database.dataSource(), connection, accounts, reset, seed, threads);
        }
    }

    private void run(DataSource dataSource, Connection connection, int accounts, boolean reset, long seed, int threads)
            throws SQLException {
        long start = System.nanoTime();
        bulkSettings(connection);
        try (Statement statement = connection.createStatement()) {
            try (ResultSet existing = statement.executeQuery("select exists (select 1 from account)")) {
                existing.next();
                if (existing.getBoolean(1)) {
                    if (!reset) {
                        throw new IllegalStateException("The account table is not empty; run with -Dportico.reset=true to empty "
                                + "every data table first");
                    }
                    long t = System.nanoTime();
                    statement.execute("truncate access_audit, email_access, search_entry, account_contact, account_team, account_tag, tag, "
                            + "contact_email, contact, account, password_reset_ticket, mail_outbox, staff, firm cascade");
                    System.out.printf("  emptied the data tables in %,d ms%n", (System.nanoTime() - t) / 1_000_000);
                }
            }
        }
        connection.setAutoCommit(false);
        List<UUID> staff = staff(connection);
        List<UUID> tags = tags(connection);
        connection.setAutoCommit(true);

        // chunks are independent (a contact linked twice is linked within its chunk), so several connections
        // load at once: the server does the work, one core per connection
        int chunks = (accounts + CHUNK - 1) / CHUNK;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    try (Connection own = dataSource.getConnection()) {
                        bulkSettings(own);
                        own.setAutoCommit(false);
                        CopyManager copy = own.unwrap(PGConnection.class).getCopyAPI();
                        for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                            int from = c * CHUNK;
                            Chunk chunk = new Generator(new Random(seed * 1_000_003 + c), staff, tags).chunk(from, Math.min(CHUNK, accounts - from));
                            load(copy, chunk);
                            own.commit();
                            int total = done.addAndGet(chunk.size);
                            if (total / 100_000 != (total - chunk.size) / 100_000 || total == accounts) {
                                System.out.printf("  %,d accounts (%,d s)%n", total, (System.nanoTime() - start) / 1_000_000_000);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    throw new IllegalStateException("Loading failed", e.getCause());
                }
            }
        }

        // VACUUM: flushes the GIN pending lists and fills the visibility map (index-only scans); ANALYZE: statistics
        long t = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) staff, tag, account, account_team, account_tag, contact, contact_email, "
                    + "account_contact, email_access, search_entry");
        }
        nanosPerTable.put("vacuum analyze", System.nanoTime() - t);

        System.out.println();
        System.out.printf("%-16s %12s %10s%n", "table", "rows", "seconds"); // summed over the connections
        nanosPerTable.forEach((table, nanos) -> System.out.printf("%-16s %12s %10.1f%n", table,
                rowsPerTable.containsKey(table) ? String.format("%,d", rowsPerTable.get(table)) : "", nanos / 1e9));
        System.out.printf("%-16s %12s %10.1f%n", "total", "", (System.nanoTime() - start) / 1e9);
    }

    private void load(CopyManager copy, Chunk chunk) throws SQLException, IOException {
        copyIn(copy, "contact", "contact (id, first_name, last_name, phone, street, postal_code, city, region, country, "
                + "version, updated_by, updated_at, created_at)", chunk.contacts);
        copyIn(copy, "contact_email", "contact_email (contact_id, email, position)", chunk.emails);
        copyIn(copy, "account", "account (id, type, name, company_name, company_street, company_postal_code, company_city, "
                + "company_region, company_country, version, updated_by, updated_at, created_at)", chunk.accounts);
        copyIn(copy, "account_team", "account_team (account_id, staff_id)", chunk.team);
        copyIn(copy, "account_tag", "account_tag (account_id, tag_id)", chunk.tags);
        copyIn(copy, "account_contact", "account_contact (account_id, contact_id, position, description, signer_priority, "
                + "signer_authority)", chunk.links);
        copyIn(copy, "email_access", "email_access (account_id, contact_id, email_key, login, notify, email_sync)", chunk.access);
    }

    private static void bulkSettings(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // bulk load: no wait for the WAL flush at each chunk's commit
            statement.execute("set synchronous_commit = off");
            statement.execute("set maintenance_work_mem = '256MB'");
        }
    }

    private void copyIn(CopyManager copy, String table, String into, StringBuilder rows) throws SQLException, IOException {
        long t = System.nanoTime();
        long count = copy.copyIn("copy " + into + " from stdin", new StringReader(rows.toString()));
        synchronized (nanosPerTable) {
            nanosPerTable.merge(table, System.nanoTime() - t, Long::sum);
            rowsPerTable.merge(table, count, Long::sum);
        }
    }

    /** The firm and 20 staff members, unless there already (their addresses end in {@value #STAFF_DOMAIN}). */
    private List<UUID> staff(Connection connection) throws SQLException {
        long t = System.nanoTime();
        Random random = new Random(7);
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into firm (id, name, created_at) values ('" + uuid(random) + "', 'Studio Bench', now()) "
                    + "on conflict do nothing");
            for (int i = 0; i < 20; i++) {
                String role = i == 0 ? "OWNER" : i < 3 ? "ADMIN" : "EMPLOYEE";
                Names names = Names.ALL.get(i % Names.ALL.size());
                String first = names.pickFirst(random);
                String last = names.pickLast(random);
                String email = ascii(first + "." + last).toLowerCase(Locale.ROOT) + "." + i + STAFF_DOMAIN;
                // employees 3..9 see all accounts, the others only their own
                String rights = role.equals("EMPLOYEE") ? (i < 10 ? "{MANAGE_ACCOUNTS,VIEW_ALL_ACCOUNTS}" : "{MANAGE_ACCOUNTS}") : "{}";
                // password_hash: no encoder knows the "{bench}" id, so these members cannot sign in
                statement.execute("insert into staff (id, first_name, last_name, email, role, password_hash, rights) values ('"
                        + uuid(random) + "', '" + first.replace("'", "''") + "', '" + last.replace("'", "''") + "', '" + email
                        + "', '" + role + "', '{bench}no-sign-in', '" + rights + "') on conflict do nothing");
            }
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select id from staff where email like '%" + STAFF_DOMAIN + "' order by email")) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            connection.commit();
            nanosPerTable.put("staff", System.nanoTime() - t);
            rowsPerTable.put("staff", (long) ids.size());
            return ids;
        }
    }

    /** The firm's account tags, unless there already. */
    private static List<UUID> tags(Connection connection) throws SQLException {
        String[][] tags = {{"VIP", "#e53935"}, {"Annual return", "#1e88e5"}, {"Payroll", "#43a047"}, {"VAT", "#fb8c00"},
                {"New client", "#8e24aa"}, {"Late payer", "#6d4c41"}, {"Foreign income", "#00897b"}, {"Audit", "#546e7a"}};
        Random random = new Random(11);
        List<UUID> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String[] tag : tags) {
                statement.execute("insert into tag (id, scope, name, color) values ('" + uuid(random) + "', 'ACCOUNT', '" + tag[0]
                        + "', '" + tag[1] + "') on conflict do nothing");
            }
            try (ResultSet rows = statement.executeQuery("select id from tag where scope = 'ACCOUNT' order by lower(name)")) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        connection.commit();
        return ids;
    }

    private static UUID uuid(Random random) {
        // version 4, variant 2, like UUID.randomUUID(), but reproducible
        long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** For email local parts and domains: letters without accents, apostrophes and spaces dropped. */
    static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9.-]", "");
    }

    /** COPY text format: the few characters with a meaning there, escaped. */
    private static String esc(String value) {
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private record Chunk(int size, StringBuilder accounts, StringBuilder team, StringBuilder tags, StringBuilder contacts,
                         StringBuilder emails, StringBuilder links, StringBuilder access) {
    }

    /** A contact as later links need it: its id and the keys of its addresses. */
    private record ContactRef(UUID id, List<String> emailKeys) {
    }

    /** The rows of one chunk of accounts; keeps recent contacts so that some are linked again. */
    private static final class Generator {

        private static final String[] GMAIL_LIKE = {"gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com"};
        private static final String[] LINK_DESCRIPTIONS = {"", "", "", "Titolare", "Legale rappresentante", "Coniuge",
                "Amministratore", "Socio", "Gérant", "Conjoint", "Administrador", "Cónyuge", "Administrator", "Soție"};

        private final Random random;
        private final List<UUID> staff;
        private final List<UUID> tags;
        private final ContactRef[] recent = new ContactRef[1024];
        private long contactCount;

        Generator(Random random, List<UUID> staff, List<UUID> tags) {
            this.random = random;
            this.staff = staff;
            this.tags = tags;
        }

        Chunk chunk(int from, int size) {
            // contact numbers (they keep addresses unique) in a range of the chunk's own: 4 per account is plenty
            contactCount = (long) from * 4;
            var chunk = new Chunk(size, new StringBuilder(size * 160), new StringBuilder(size * 80), new StringBuilder(size * 40),
                    new StringBuilder(size * 220),
                    new StringBuilder(size * 100), new StringBuilder(size * 110), new StringBuilder(size * 180));
            for (int i = 0; i < size; i++) {
                account(chunk, from + i);
            }
            return chunk;
        }

        private void account(Chunk chunk, int number) {
            Names names = Names.pick(random);
            UUID id = uuid(random);
            int roll = random.nextInt(100);
            String type = roll < 65 ? "INDIVIDUAL" : roll < 95 ? "COMPANY" : "OTHER";
            Instant created = NOW.minusSeconds(random.nextLong(10L * 365 * 24 * 3600));
            UUID by = staff.get(random.nextInt(staff.size()));

            // links: 1 (60 %), 2 (30 %) or 3 (10 %); after the first, 1 in 12 is a contact of an earlier account
            int linkCount = random.nextInt(10) < 6 ? 1 : random.nextInt(4) < 3 ? 2 : 3;
            String companyDomain = null;
            String companyName = null;
            if (type.equals("COMPANY")) {
                companyName = names.company(random);
                // the name without its legal form: "Rossi & Bianchi Srl" mails from rossibianchi.it
                companyDomain = ascii(companyName.substring(0, companyName.lastIndexOf(' ')))
                        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + names.tld();
            }
            List<ContactRef> linked = new ArrayList<>(linkCount);
            String firstContactName = null;
            for (int position = 0; position < linkCount; position++) {
                ContactRef contact;
                ContactRef earlier = recent[random.nextInt(recent.length)];
                if (position > 0 && earlier != null && random.nextInt(12) == 0 && !linked.contains(earlier)) {
                    contact = earlier;
                } else {
                    String first = names.pickFirst(random);
                    String last = position == 1 && type.equals("INDIVIDUAL") && random.nextBoolean() ? null : names.pickLast(random);
                    if (last == null) { // a relative: same family name as the first contact
                        last = firstContactName.substring(firstContactName.indexOf(' ') + 1);
                    }
                    contact = contact(chunk, names, first, last, companyDomain, created, by);
                    if (position == 0) {
                        firstContactName = first + " " + last;
                    }
                }
                linked.add(contact);
                link(chunk, id, contact, position, type);
            }
            String name = switch (type) {
                case "COMPANY" -> companyName;
                case "OTHER" -> names.other(random, firstContactName.substring(firstContactName.indexOf(' ') + 1));
                default -> firstContactName;
            };
            boolean company = type.equals("COMPANY");
            chunk.accounts.append(id).append('\t').append(type).append('\t').append(esc(name)).append('\t')
                    .append(company ? esc(companyName) : "\\N").append('\t')
                    .append(company ? esc(names.street(random)) : "").append('\t')
                    .append(company ? names.postalCode(random) : "").append('\t')
                    .append(company ? esc(names.city(random)) : "").append('\t')
                    .append("").append('\t')
                    .append(company ? names.country() : "").append('\t')
                    .append(0).append('\t').append(by).append('\t').append(created).append('\t').append(created).append('\n');

            // team: 1 (50 %), 2 (35 %) or 3 (15 %) distinct members
            int teamSize = Math.min(staff.size(), random.nextInt(100) < 50 ? 1 : random.nextInt(100) < 70 ? 2 : 3);
            int offset = random.nextInt(staff.size());
            for (int k = 0; k < teamSize; k++) {
                chunk.team.append(id).append('\t').append(staff.get((offset + k * 7) % staff.size())).append('\n');
            }

            // tags: none (50 %), 1 (35 %) or 2 (15 %) distinct ones
            roll = random.nextInt(100);
            int tagCount = roll < 50 ? 0 : roll < 85 ? 1 : 2;
            int firstTag = random.nextInt(tags.size());
            for (int k = 0; k < tagCount; k++) {
                chunk.tags.append(id).append('\t').append(tags.get((firstTag + k * 3) % tags.size())).append('\n');
            }
        }

        private ContactRef contact(Chunk chunk, Names names, String first, String last, String companyDomain, Instant created,
                                   UUID by) {
            UUID id = uuid(random);
            long number = ++contactCount;
            chunk.contacts.append(id).append('\t').append(esc(first)).append('\t').append(esc(last)).append('\t')
                    .append(names.phone(random)).append('\t')
                    .append(esc(names.street(random))).append('\t').append(names.postalCode(random)).append('\t')
                    .append(esc(names.city(random))).append('\t').append("").append('\t').append(names.country()).append('\t')
                    .append(0).append('\t').append(by).append('\t').append(created).append('\t').append(created).append('\n');

            // addresses: none (5 %), 1 (65 %), 2 (25 %), 3 (5 %) — 1.3 on average; the contact's number keeps them unique
            int roll = random.nextInt(100);
            int count = roll < 5 ? 0 : roll < 70 ? 1 : roll < 95 ? 2 : 3;
            List<String> keys = new ArrayList<>(count);
            String f = ascii(first).toLowerCase(Locale.ROOT);
            String l = ascii(last).toLowerCase(Locale.ROOT);
            for (int position = 0; position < count; position++) {
                String local = switch (random.nextInt(4)) {
                    case 0 -> f + "." + l;
                    case 1 -> f.charAt(0) + l;
                    case 2 -> f + "_" + l;
                    default -> l + "." + f;
                } + (position == 0 ? "" : "." + position) + number;
                String domain = companyDomain != null && random.nextInt(3) > 0 ? companyDomain
                        : random.nextInt(3) == 0 ? names.localMail() : GMAIL_LIKE[random.nextInt(GMAIL_LIKE.length)];
                // some written with capitals, as people type them; the key is lower-case
                String email = random.nextInt(10) == 0 ? capitalise(local) + "@" + domain : local + "@" + domain;
                keys.add(email.toLowerCase(Locale.ROOT));
                chunk.emails.append(id).append('\t').append(esc(email)).append('\t').append(position).append('\n');
            }
            var contact = new ContactRef(id, keys);
            recent[random.nextInt(recent.length)] = contact;
            return contact;
        }

        private void link(Chunk chunk, UUID account, ContactRef contact, int position, String type) {
            String description = LINK_DESCRIPTIONS[random.nextInt(LINK_DESCRIPTIONS.length)];
            int priority = type.equals("COMPANY") ? position + 1 : 0;
            chunk.links.append(account).append('\t').append(contact.id()).append('\t').append(position).append('\t')
                    .append(esc(description)).append('\t').append(priority).append('\t')
                    .append(random.nextInt(10) < 8 ? 't' : 'f').append('\n');
            for (String key : contact.emailKeys()) {
                // LOGIN 20 %, NOTIFY 30 %, EMAIL SYNC 10 %
                chunk.access.append(account).append('\t').append(contact.id()).append('\t').append(esc(key)).append('\t')
                        .append(random.nextInt(100) < 20 ? 't' : 'f').append('\t')
                        .append(random.nextInt(100) < 30 ? 't' : 'f').append('\t')
                        .append(random.nextInt(100) < 10 ? 't' : 'f').append('\n');
            }
        }

        private static String capitalise(String local) {
            return Character.toUpperCase(local.charAt(0)) + local.substring(1);
        }
    }
}
