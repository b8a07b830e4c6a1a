package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.delivery.outbox.storage.OutboxDatabase;
import io.clinscribe.delivery.outbox.storage.ReceiptJson;
import io.clinscribe.delivery.outbox.storage.StringsJson;
import io.clinscribe.json.EntriesJsonReader;
import io.clinscribe.json.EntriesJsonWriter;
import io.clinscribe.record.ClinicalDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The durable local outbox: every document is stored here, in one transaction, before any adapter sends
 * it, and stays until it is delivered (and purged) or given up on. Backed by an embedded H2 file in a
 * directory only its owner can read, held by one process at a time.
 *
 * <pre>{@code
 * try (Outbox outbox = Outbox.open(Outbox.defaultDirectory())) {
 *     OutboxItem item = outbox.enqueue(DeliveryRequest.of(document, patient), DeliveryTarget.of(adapters, settings));
 *     new Courier(outbox, AdapterOpener.of(adapters, secrets), RetryPolicy.standard()).deliverAll(Duration.ofMinutes(2));
 * }
 * }</pre>
 *
 * <p>Thread-safe: its methods take turns on the one database connection. What it stores and lists is
 * never logged with patient text; listings carry ids, statuses and counts.
 */
public final class Outbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final int ERROR_LENGTH = 2000;
    private static final int INLINE_TEXT = 1_000_000;
    private static final String ITEM_COLUMNS = "id, delivery_id, document_id, patient_id, patient_system, "
            + "encounter_id, service_date, adapter, target_settings, status, attempts, next_attempt_at, last_error, entry_count, "
            + "entries_delivered, entries_rejected, entries_not_carried, created_at, updated_at, delivered_at";

    private final OutboxDatabase database;
    private final Connection connection;
    private final Clock clock;
    private final List<Long> resumed;
    private final EntriesJsonWriter documents = EntriesJsonWriter.jsonLines();
    private final EntriesJsonReader documentReader = new EntriesJsonReader();
    private final ReceiptJson receipts = new ReceiptJson();
    private final StringsJson strings = new StringsJson();

    private Outbox(OutboxDatabase database, Clock clock) throws SQLException {
        this.database = database;
        this.connection = database.connection();
        this.clock = clock;
        this.resumed = resumeInterrupted();
    }

    /** The outbox's usual place: {@code $XDG_DATA_HOME/clinscribe/outbox}, else {@code ~/.local/share/clinscribe/outbox}. */
    public static Path defaultDirectory() {
        return defaultDirectory(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The outbox's usual place for this environment. A relative {@code XDG_DATA_HOME} is ignored, as the XDG
     * base directory specification says; {@code userHome} is used when {@code HOME} is not set.
     */
    public static Path defaultDirectory(Map<String, String> environment, String userHome) {
        Path dataHome = Optional.ofNullable(environment.get("XDG_DATA_HOME"))
                .filter(v -> !v.isBlank()).map(Path::of).filter(Path::isAbsolute)
                .orElseGet(() -> Path.of(Optional.ofNullable(environment.get("HOME")).filter(v -> !v.isBlank())
                        .orElse(userHome), ".local", "share"));
        return dataHome.resolve("clinscribe").resolve("outbox");
    }

    /** Opens the outbox in {@code directory}, creating it (mode 700) if needed. */
    public static Outbox open(Path directory) throws OutboxException {
        return open(directory, Clock.systemUTC());
    }

    /**
     * Opens the outbox with a clock for its timestamps and due times (tests pass one they move by hand).
     * Items left IN_FLIGHT by a process that died mid-delivery become due again at once; see
     * {@link #resumedOnOpen()}.
     *
     * @throws OutboxInUseException when another process has it open
     * @throws OutboxException      when it cannot be created, is open to other users, or cannot be read
     */
    public static Outbox open(Path directory, Clock clock) throws OutboxException {
        OutboxDatabase database;
        try {
            database = OutboxDatabase.open(directory, clock);
        } catch (OutboxDatabase.InUseException e) {
            throw new OutboxInUseException(directory.toAbsolutePath().normalize(), e);
        } catch (IOException e) {
            throw new OutboxException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new OutboxException("outbox " + directory + " could not be opened: " + describe(e), e);
        }
        try {
            return new Outbox(database, clock);
        } catch (SQLException e) {
            closeAfterFailure(database);
            throw new OutboxException("outbox " + directory + " could not be read: " + describe(e), e);
        }
    }

    public Path directory() {
        return database.directory();
    }

    public Clock clock() {
        return clock;
    }

    /** Items a process had handed to an adapter when it died; they are due again, to be re-sent. */
    public List<Long> resumedOnOpen() {
        return resumed;
    }

    /**
     * Stores the request for the target, PENDING and due now, in one transaction: the whole document as
     * {@code clinscribe.entries/v1} JSON, its entry ids, the patient context, and the target without secrets.
     * Enqueuing a delivery id again for the same target stores nothing and returns the item already there,
     * whatever its status (a failed one is sent again with {@link #retry}).
     */
    public synchronized OutboxItem enqueue(DeliveryRequest request, DeliveryTarget target) throws OutboxException {
        try {
            Optional<OutboxItem> existing = find(request.deliveryId(), target.key());
            if (existing.isPresent()) {
                return existing.get();
            }
            // written out before the transaction starts, so a failure here cannot leave half an item behind
            String documentJson = documents.toJson(request.document());
            String entryIds = strings.ids(request.entryIds());
            String settings = strings.settings(target.settings().values());
            long now = clock.millis();
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_item (delivery_id, "
                    + "target_key, adapter, target_settings, document_id, entry_count, patient_id, patient_system, "
                    + "encounter_id, service_date, status, attempts, next_attempt_at, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement document = connection.prepareStatement("INSERT INTO outbox_document (item_id, "
                    + "document_json, document_clob, entry_ids) VALUES (?, ?, ?, ?)")) {
                PatientContext patient = request.context();
                insert.setString(1, request.deliveryId());
                insert.setString(2, target.key());
                insert.setString(3, target.adapter());
                insert.setString(4, settings);
                insert.setString(5, request.document().id());
                insert.setInt(6, request.entryIds().size());
                insert.setString(7, patient.patientId());
                insert.setString(8, patient.identifierSystem().orElse(null));
                insert.setString(9, patient.encounterId().orElse(null));
                insert.setString(10, patient.serviceDate().map(java.time.LocalDate::toString).orElse(null));
                insert.setLong(11, now);
                insert.setLong(12, now);
                insert.setLong(13, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                document.setLong(1, id);
                setText(document, 2, documentJson);
                document.setString(4, entryIds);
                document.executeUpdate();
            } catch (SQLException | RuntimeException e) {
                rollback();
                throw e;
            }
            connection.commit();
            LOG.debug("outbox item {} queued: delivery {} to {}", id, request.deliveryId(), target.adapter());
            return item(id).orElseThrow();
        } catch (SQLException e) {
            throw failure(e, "queue delivery " + request.deliveryId());
        }
    }

    /** The item with this id. */
    public synchronized Optional<OutboxItem> item(long id) throws OutboxException {
        try {
            return query("SELECT " + ITEM_COLUMNS + " FROM outbox_item WHERE id = ?", s -> s.setLong(1, id))
                    .stream().findFirst();
        } catch (SQLException e) {
            throw failure(e, "read item " + id);
        } finally {
            endRead();
        }
    }

    /** Every item, oldest first. */
    public List<OutboxItem> items() throws OutboxException {
        return items(Set.of(ItemStatus.values()));
    }

    /** The items in these statuses, oldest first. */
    public synchronized List<OutboxItem> items(Set<ItemStatus> statuses) throws OutboxException {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String in = statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        try {
            return query("SELECT " + ITEM_COLUMNS + " FROM outbox_item WHERE status IN (" + in + ") ORDER BY id",
                    s -> { });
        } catch (SQLException e) {
            throw failure(e, "list items");
        } finally {
            endRead();
        }
    }

    /** How many items are in each status (every status present, zero when none). */
    public synchronized Map<ItemStatus, Integer> counts() throws OutboxException {
        Map<ItemStatus, Integer> counts = new EnumMap<>(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            counts.put(s, 0);
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM outbox_item GROUP BY status")) {
            while (rs.next()) {
                counts.put(ItemStatus.valueOf(rs.getString(1)), rs.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw failure(e, "count items");
        } finally {
            endRead();
        }
    }

    /** The receipt of a delivered (or partly delivered) item. */
    public synchronized Optional<DeliveryReceipt> receipt(long id) throws OutboxException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT receipt_json, receipt_clob FROM outbox_receipt WHERE item_id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(receipts.read(text(rs, 1)));
            }
        } catch (SQLException e) {
            throw failure(e, "read the receipt of item " + id);
        } catch (IOException e) {
            throw new OutboxException("outbox item " + id + ": stored receipt unreadable", e);
        } finally {
            endRead();
        }
    }

    /** The request as it will be sent: the stored document, patient context and entry ids. */
    public synchronized Optional<DeliveryRequest> request(long id) throws OutboxException {
        try {
            return storedRequest(id);
        } catch (SQLException e) {
            throw failure(e, "read the document of item " + id);
        } finally {
            endRead();
        }
    }

    /**
     * Makes these FAILED or PARTIAL items due now with a fresh count of attempts; others are left alone.
     * Re-sending a partly delivered document is safe: the EHR reports the entries it has as already present.
     *
     * @return how many items were made pending
     */
    public synchronized int retry(Collection<Long> ids) throws OutboxException {
        if (ids.isEmpty()) {
            return 0;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return update("retry items", "UPDATE outbox_item SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                + "updated_at = ? WHERE id IN (" + in + ") AND status IN ('FAILED', 'PARTIAL')", now(), now());
    }

    /** Makes every FAILED and PARTIAL item due now; see {@link #retry}. */
    public synchronized int retryFailed() throws OutboxException {
        return update("retry failed items", "UPDATE outbox_item SET status = 'PENDING', attempts = 0, "
                + "next_attempt_at = ?, updated_at = ? WHERE status IN ('FAILED', 'PARTIAL')", now(), now());
    }

    /** Deletes DELIVERED items whose receipt is older than {@code age}, documents and all. */
    public synchronized int purgeDelivered(Duration age) throws OutboxException {
        return update("purge delivered items", "DELETE FROM outbox_item WHERE status = 'DELIVERED' "
                + "AND delivered_at < ?", clock.millis() - age.toMillis());
    }

    @Override
    public synchronized void close() throws OutboxException {
        try {
            database.close();
        } catch (SQLException | IOException e) {
            throw new OutboxException("outbox " + directory() + " did not close cleanly; it is reopened safely", e);
        }
    }

    // ---- the courier's steps: each one committed before the next begins ----

    /** PENDING items due at {@code now}, earliest first; no documents are read. */
    synchronized List<OutboxItem> due(Instant now) throws OutboxException {
        try {
            return query("SELECT " + ITEM_COLUMNS + " FROM outbox_item WHERE status = 'PENDING' "
                    + "AND next_attempt_at <= ? ORDER BY next_attempt_at, id", s -> s.setLong(1, now.toEpochMilli()));
        } catch (SQLException e) {
            throw failure(e, "find due items");
        } finally {
            endRead();
        }
    }

    /**
     * Marks the item IN_FLIGHT with one more attempt, committed, and returns its request; empty when it is no
     * longer PENDING (another courier took it) or its stored document cannot be read (then it is FAILED).
     */
    synchronized Optional<DeliveryRequest> claim(long id) throws OutboxException {
        int claimed = update("claim item " + id, "UPDATE outbox_item SET status = 'IN_FLIGHT', attempts = attempts + 1, "
                + "updated_at = ? WHERE id = ? AND status = 'PENDING'", now(), id);
        if (claimed == 0) {
            return Optional.empty();
        }
        try {
            return storedRequest(id);
        } catch (SQLException e) {
            throw failure(e, "read the document of item " + id);
        } catch (RuntimeException e) {
            // a stored document this version cannot read will not become readable by retrying
            failed(id, "stored document unreadable (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        } finally {
            endRead();
        }
    }

    /** Records the receipt: DELIVERED, or PARTIAL when the EHR rejected entries. */
    synchronized ItemStatus delivered(long id, DeliveryReceipt receipt) throws OutboxException {
        ItemStatus status = receipt.complete() ? ItemStatus.DELIVERED : ItemStatus.PARTIAL;
        long rejected = receipt.count(EntryOutcome.Status.REJECTED);
        String error = status == ItemStatus.PARTIAL
                ? rejected + " entries rejected: " + receipt.entries().stream()
                .filter(e -> e.status() == EntryOutcome.Status.REJECTED)
                .map(e -> e.entryId() + " " + e.detail()).collect(Collectors.joining("; "))
                : null;
        long delivered = receipt.entries().stream().filter(e -> e.status().delivered()).count();
        try (PreparedStatement item = connection.prepareStatement("UPDATE outbox_item SET status = ?, "
                + "entries_delivered = ?, entries_rejected = ?, entries_not_carried = ?, last_error = ?, "
                + "next_attempt_at = NULL, delivered_at = ?, updated_at = ? WHERE id = ?");
             PreparedStatement kept = connection.prepareStatement("MERGE INTO outbox_receipt (item_id, receipt_json, "
                + "receipt_clob) KEY (item_id) VALUES (?, ?, ?)")) {
            item.setString(1, status.name());
            item.setInt(2, (int) delivered);
            item.setInt(3, (int) rejected);
            item.setInt(4, (int) receipt.count(EntryOutcome.Status.NOT_CARRIED));
            item.setString(5, clip(error));
            item.setLong(6, now());
            item.setLong(7, now());
            item.setLong(8, id);
            item.executeUpdate();
            kept.setLong(1, id);
            setText(kept, 2, receipts.write(receipt));
            kept.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw failure(e, "record the receipt of item " + id);
        }
        return status;
    }

    /** Back to PENDING, due at {@code at}. */
    synchronized void retryLater(long id, Instant at, String error) throws OutboxException {
        update("reschedule item " + id, "UPDATE outbox_item SET status = 'PENDING', next_attempt_at = ?, "
                + "last_error = ?, updated_at = ? WHERE id = ?", at.toEpochMilli(), clip(error), now(), id);
    }

    /** FAILED, kept with the reason until retried or purged. */
    synchronized void failed(long id, String error) throws OutboxException {
        update("mark item " + id + " failed", "UPDATE outbox_item SET status = 'FAILED', next_attempt_at = NULL, "
                + "last_error = ?, updated_at = ? WHERE id = ?", clip(error), now(), id);
    }

    /** Notes why a pending item was not attempted (its adapter could not be opened), leaving it pending. */
    synchronized void noteProblem(long id, String error) throws OutboxException {
        update("note a problem on item " + id, "UPDATE outbox_item SET last_error = ?, updated_at = ? "
                + "WHERE id = ? AND status = 'PENDING'", clip(error), now(), id);
    }

    // ---- internals ----

    private List<Long> resumeInterrupted() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM outbox_item WHERE status = 'IN_FLIGHT' ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        if (!ids.isEmpty()) {
            // this process holds the outbox alone, so an IN_FLIGHT item is one whose sender died; the adapter
            // may or may not have stored it, and sending again is safe because adapters key on the ids
            try (PreparedStatement s = connection.prepareStatement("UPDATE outbox_item SET status = 'PENDING', "
                    + "next_attempt_at = ?, last_error = ?, updated_at = ? WHERE status = 'IN_FLIGHT'")) {
                s.setLong(1, clock.millis());
                s.setString(2, "interrupted mid-delivery (the process ended); sent again");
                s.setLong(3, clock.millis());
                s.executeUpdate();
            }
            LOG.warn("outbox {}: {} deliveries were interrupted mid-way and will be sent again: items {}",
                    directory(), ids.size(), ids);
        }
        connection.commit();
        return List.copyOf(ids);
    }

    private Optional<OutboxItem> find(String deliveryId, String targetKey) throws SQLException {
        return query("SELECT " + ITEM_COLUMNS + " FROM outbox_item WHERE delivery_id = ? AND target_key = ?", s -> {
            s.setString(1, deliveryId);
            s.setString(2, targetKey);
        }).stream().findFirst();
    }

    private Optional<DeliveryRequest> storedRequest(long id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT i.delivery_id, d.entry_ids, i.patient_id, "
                + "i.patient_system, i.encounter_id, i.service_date, d.document_json, d.document_clob "
                + "FROM outbox_item i JOIN outbox_document d ON d.item_id = i.id WHERE i.id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ClinicalDocument document = documentReader.read(text(rs, 7));
                List<String> entryIds;
                try {
                    entryIds = strings.ids(rs.getString(2));
                } catch (IOException e) {
                    throw new IllegalStateException("entry ids of item " + id + " unreadable", e);
                }
                return Optional.of(new DeliveryRequest(rs.getString(1), document, patient(rs, 3), entryIds));
            }
        }
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private List<OutboxItem> query(String sql, Parameters parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            parameters.set(s);
            List<OutboxItem> items = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(item(rs));
                }
            }
            return items;
        }
    }

    private OutboxItem item(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        java.util.Map<String, String> settings;
        try {
            settings = strings.settings(rs.getString("target_settings"));
        } catch (IOException e) {
            throw new SQLException("target settings of item " + id + " unreadable", e);
        }
        return new OutboxItem(id, rs.getString("delivery_id"), rs.getString("document_id"), patient(rs, 4),
                DeliveryTarget.stored(rs.getString("adapter"), settings), ItemStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), Optional.ofNullable(rs.getString("last_error")),
                rs.getInt("entry_count"), rs.getInt("entries_delivered"), rs.getInt("entries_rejected"),
                rs.getInt("entries_not_carried"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")), instant(rs, "delivered_at"));
    }

    /** The patient context from four columns starting at {@code first}: id, identifier system, encounter, day. */
    private static PatientContext patient(ResultSet rs, int first) throws SQLException {
        return new PatientContext(rs.getString(first), Optional.ofNullable(rs.getString(first + 1)),
                Optional.ofNullable(rs.getString(first + 2)),
                Optional.ofNullable(rs.getString(first + 3)).map(java.time.LocalDate::parse));
    }

    /**
     * Sets a JSON text into a pair of columns from {@code inline}: the VARCHAR one when it fits H2's limit
     * of a million characters, else the CLOB one. Inline values are about twice as fast to write and read.
     */
    private static void setText(PreparedStatement s, int inline, String text) throws SQLException {
        boolean fits = text.length() <= INLINE_TEXT;
        s.setString(inline, fits ? text : null);
        s.setString(inline + 1, fits ? null : text);
    }

    /** The JSON text of a pair of columns from {@code inline}, written by {@link #setText}. */
    private static String text(ResultSet rs, int inline) throws SQLException {
        String text = rs.getString(inline);
        return text != null ? text : rs.getString(inline + 1);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private int update(String what, String sql, Object... values) throws OutboxException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            int n = s.executeUpdate();
            connection.commit();
            return n;
        } catch (SQLException e) {
            rollback();
            throw failure(e, what);
        }
    }

    /** Ends the read transaction, so a long-lived outbox does not hold old versions of rows. */
    private void endRead() {
        try {
            connection.commit();
        } catch (SQLException ignored) {
            // nothing was written; the next statement starts afresh either way
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the statement failed first; that is the error reported
        }
    }

    private long now() {
        return clock.millis();
    }

    private static String clip(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }

    private OutboxException failure(SQLException e, String what) {
        rollback();
        return new OutboxException("outbox " + directory() + ": could not " + what + ": " + describe(e), e);
    }

    /**
     * H2's messages can quote the values of a failing statement (a patient document), so only its codes are
     * shown; the exception is kept as the cause for a debugging session.
     */
    private static String describe(SQLException e) {
        if (e.getErrorCode() == 0 && e.getSQLState() == null) {
            return e.getMessage(); // the outbox's own (a schema newer than this code), which carries no data
        }
        return "database error " + e.getErrorCode() + " (SQL state " + e.getSQLState() + ")";
    }

    private static void closeAfterFailure(OutboxDatabase database) {
        try {
            database.close();
        } catch (SQLException | IOException ignored) {
            // reporting the failure that stopped the opening matters more
        }
    }
}
