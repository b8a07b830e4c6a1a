package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.delivery.outbox.storage.OutboxDatabase;
import io.clinscribe.json.EntriesJsonWriter;
import io.clinscribe.record.ClinicalDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxTest {

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));

    private WardRecord ward() throws Exception {
        return new WardRecord(Files.createDirectories(temp.resolve("ward-4b")));
    }

    private DeliveryTarget target(WardRecord ward) throws Exception {
        return DeliveryTarget.of(new EhrAdapters(List.of(ward)),
                AdapterSettings.of("ward", Map.of("ward", "4B", "token", WardRecord.TOKEN)));
    }

    @Test
    void queuedDocumentIsDeliveredWithItsReceiptAndKeptAcrossReopening() throws Exception {
        WardRecord ward = ward();
        DeliveryRequest request = WardNotes.forBed(12);
        long id;
        try (Outbox outbox = Outbox.open(temp.resolve("outbox"), clock)) {
            OutboxItem queued = outbox.enqueue(request, target(ward));
            id = queued.id();
            assertEquals(ItemStatus.PENDING, queued.status());
            assertEquals(request.deliveryId(), queued.deliveryId());
            assertEquals(20, queued.entryCount());
            assertEquals("ward", queued.target().adapter());
            assertEquals(Map.of("ward", "4B"), queued.target().settings().values());

            // stored as it was given: the entries JSON, its source included, and the entry ids
            DeliveryRequest stored = outbox.request(id).orElseThrow();
            EntriesJsonWriter json = EntriesJsonWriter.jsonLines();
            assertEquals(json.toJson(request.document()), json.toJson(stored.document()));
            assertEquals(request.document(), stored.document());
            assertTrue(stored.document().source().isPresent());
            assertEquals(request.entryIds(), stored.entryIds());
            assertEquals(request.context(), stored.context());

            DeliveryRound round = new Courier(outbox, t -> ward, RetryPolicy.standard()).deliverDue();
            assertEquals(List.of(id), round.delivered());
            assertTrue(round.allDelivered());
            OutboxItem delivered = outbox.item(id).orElseThrow();
            assertEquals(ItemStatus.DELIVERED, delivered.status());
            assertEquals(1, delivered.attempts());
            assertEquals(20, delivered.entriesDelivered());
            assertEquals(clock.instant(), delivered.deliveredAt().orElseThrow());
            assertEquals(request.entryIds().stream().sorted().toList(), ward.filed());
        }
        try (Outbox reopened = Outbox.open(temp.resolve("outbox"), clock)) {
            assertEquals(List.of(), reopened.resumedOnOpen());
            OutboxItem kept = reopened.item(id).orElseThrow();
            assertEquals(ItemStatus.DELIVERED, kept.status());
            DeliveryReceipt receipt = reopened.receipt(id).orElseThrow();
            assertEquals(20, receipt.count(EntryOutcome.Status.CREATED));
            assertEquals(request.entryId(3), receipt.entries().get(3).entryId());
            assertEquals("ward/" + request.entryId(3), receipt.entries().get(3).remoteId().orElseThrow());
            assertEquals(List.of("ward/doc"), receipt.documentIds());
            assertEquals(1, reopened.counts().get(ItemStatus.DELIVERED));
        }
    }

    @Test
    void queuingTheSameDeliveryForTheSameTargetTwiceKeepsOneItem() throws Exception {
        WardRecord ward = ward();
        try (Outbox outbox = Outbox.open(temp.resolve("outbox"), clock)) {
            OutboxItem first = outbox.enqueue(WardNotes.forBed(1), target(ward));
            clock.advance(Duration.ofMinutes(1));
            OutboxItem again = outbox.enqueue(WardNotes.forBed(1), target(ward));
            assertEquals(first, again);
            OutboxItem otherBed = outbox.enqueue(WardNotes.forBed(2), target(ward));
            DeliveryTarget otherWard = DeliveryTarget.of(new EhrAdapters(List.of(ward)),
                    AdapterSettings.of("ward", Map.of("ward", "5C")));
            OutboxItem otherTarget = outbox.enqueue(WardNotes.forBed(1), otherWard);
            assertEquals(3, outbox.items().size());
            assertEquals(Set.of(first.id(), otherBed.id(), otherTarget.id()),
                    Set.copyOf(outbox.items().stream().map(OutboxItem::id).toList()));

            new Courier(outbox, t -> ward, RetryPolicy.standard()).deliverDue();
            // delivered already: queuing it again is still a no-op that answers with the delivered item
            assertEquals(ItemStatus.DELIVERED, outbox.enqueue(WardNotes.forBed(1), target(ward)).status());
            assertEquals(3, outbox.items().size());
        }
    }

    @Test
    void aDocumentPastAMillionCharactersIsStoredWhole() throws Exception {
        ClinicalDocument note = WardNotes.note();
        // a long scanned chart: the note's text followed by many pages more
        String text = note.text() + "\n" + "Continued observations, stable overnight. ".repeat(26_000);
        ClinicalDocument longNote = new ClinicalDocument("chart-40-pages", text, note.sections(), note.entries(),
                note.problems(), note.source());
        DeliveryRequest request = DeliveryRequest.of(longNote, WardNotes.forBed(1).context());
        assertTrue(EntriesJsonWriter.jsonLines().toJson(longNote).length() > 1_000_000);
        WardRecord ward = ward();
        try (Outbox outbox = Outbox.open(temp.resolve("outbox"), clock)) {
            long id = outbox.enqueue(request, target(ward)).id();
            assertEquals(longNote, outbox.request(id).orElseThrow().document());
            assertEquals(List.of(id), new Courier(outbox, t -> ward, RetryPolicy.standard()).deliverDue().delivered());
        }
        try (Outbox reopened = Outbox.open(temp.resolve("outbox"), clock)) {
            assertEquals(text, reopened.request(1).orElseThrow().document().text());
        }
    }

    @Test
    void listingsCarryIdsAndCountsNeverTheNote() throws Exception {
        try (Outbox outbox = Outbox.open(temp.resolve("outbox"), clock)) {
            outbox.enqueue(WardNotes.forBed(7), target(ward()));
            String listing = outbox.items().toString();
            assertTrue(listing.contains("ward-round-bed-7"), listing);
            assertFalse(listing.contains("productive cough"), listing);
            assertFalse(listing.contains(WardRecord.TOKEN), listing);
        }
    }

    @Test
    void secretsNeverReachTheDatabaseFile() throws Exception {
        Path dir = temp.resolve("outbox");
        try (Outbox outbox = Outbox.open(dir, clock)) {
            for (int bed = 1; bed <= 5; bed++) {
                outbox.enqueue(WardNotes.forBed(bed), target(ward()));
            }
        }
        byte[] file = Files.readAllBytes(dir.resolve(OutboxDatabase.DATABASE_FILE));
        assertFalse(contains(file, WardRecord.TOKEN.getBytes(StandardCharsets.UTF_8)), "token in the H2 file");
        assertFalse(contains(file, WardRecord.TOKEN.getBytes(StandardCharsets.UTF_16BE)), "token in the H2 file");
        // the check can see what is in the file: the ward setting and the note are there
        assertTrue(contains(file, "ward-round-bed-3".getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertFalse(contains(Files.readAllBytes(f), WardRecord.TOKEN.getBytes(StandardCharsets.UTF_8)), f.toString());
            }
        }
    }

    @Test
    void directoryAndFilesAreTheOwnersOnly() throws Exception {
        Path dir = temp.resolve("data").resolve("clinscribe").resolve("outbox");
        try (Outbox outbox = Outbox.open(dir, clock)) {
            outbox.enqueue(WardNotes.forBed(1), target(ward()));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
                }
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertTrue(all.contains(dir.resolve(OutboxDatabase.DATABASE_FILE)), all.toString());
            for (Path f : all) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
            }
        }
        // widened by someone: refused, with the fix in the message
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        OutboxException open = assertThrows(OutboxException.class, () -> Outbox.open(dir, clock));
        assertTrue(open.getMessage().contains("open to other users") && open.getMessage().contains("chmod 700"),
                open.getMessage());
        // a file widened inside the private directory is set back
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Path database = dir.resolve(OutboxDatabase.DATABASE_FILE);
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        Outbox.open(dir, clock).close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(database)));
    }

    @Test
    void aSecondOpenerIsToldTheOutboxIsInUse() throws Exception {
        Path dir = temp.resolve("outbox");
        try (Outbox first = Outbox.open(dir, clock)) {
            first.enqueue(WardNotes.forBed(1), target(ward()));
            OutboxInUseException inUse = assertThrows(OutboxInUseException.class, () -> Outbox.open(dir, clock));
            assertEquals("outbox in use by another clinscribe process: " + dir.toAbsolutePath(), inUse.getMessage());
            assertEquals(1, first.items().size());
        }
        try (Outbox after = Outbox.open(dir, clock)) {
            assertEquals(1, after.items().size());
        }
    }

    @Test
    void failedItemsAreRetriedAndOldDeliveredOnesPurged() throws Exception {
        WardRecord ward = ward();
        try (Outbox outbox = Outbox.open(temp.resolve("outbox"), clock)) {
            OutboxItem a = outbox.enqueue(WardNotes.forBed(1), target(ward));
            Courier courier = new Courier(outbox, t -> ward, RetryPolicy.standard());
            courier.deliverDue();
            clock.advance(Duration.ofDays(10));
            ward.refuse(true);
            OutboxItem b = outbox.enqueue(WardNotes.forBed(2), target(ward));
            courier.deliverDue();
            assertEquals(ItemStatus.FAILED, outbox.item(b.id()).orElseThrow().status());
            assertEquals(0, outbox.retry(List.of(a.id())), "a delivered item is not retried");
            assertEquals(1, outbox.purgeDelivered(Duration.ofDays(7)));
            assertTrue(outbox.item(a.id()).isEmpty());
            assertEquals(0, outbox.purgeDelivered(Duration.ofDays(7)), "failed items are kept");
            ward.refuse(false);
            assertEquals(1, outbox.retryFailed());
            OutboxItem retried = outbox.item(b.id()).orElseThrow();
            assertEquals(ItemStatus.PENDING, retried.status());
            assertEquals(0, retried.attempts());
            assertEquals(clock.instant(), retried.nextAttemptAt().orElseThrow());
            assertEquals(List.of(b.id()), courier.deliverDue().delivered());
        }
    }

    @Test
    void dayOfCareIsKeptWithThePatient() throws Exception {
        WardRecord ward = ward();
        DeliveryRequest plain = WardNotes.forBed(3);
        DeliveryRequest dated = new DeliveryRequest(plain.deliveryId(), plain.document(),
                plain.context().on(java.time.LocalDate.of(2026, 11, 24)), plain.entryIds());
        long id;
        try (Outbox outbox = Outbox.open(temp.resolve("outbox"), clock)) {
            id = outbox.enqueue(dated, target(ward)).id();
        }
        try (Outbox outbox = Outbox.open(temp.resolve("outbox"), clock)) {
            assertEquals(dated.context(), outbox.request(id).orElseThrow().context());
            assertEquals(dated.context(), outbox.item(id).orElseThrow().patient());
        }
    }

    @Test
    void schemaVersionIsRecordedAndANewerOneRefused() throws Exception {
        Path dir = temp.resolve("outbox");
        Outbox.open(dir, clock).close();
        String url = "jdbc:h2:file:" + dir.resolve("outbox").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT MAX(version) FROM outbox_schema")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
            c.createStatement().execute("INSERT INTO outbox_schema VALUES (99, 0)");
        }
        OutboxException newer = assertThrows(OutboxException.class, () -> Outbox.open(dir, clock));
        assertTrue(newer.getMessage().contains("newer clinscribe (schema version 99"), newer.getMessage());
    }

    @Test
    void defaultDirectoryFollowsXdgDataHome() {
        assertEquals(Path.of("/data/me/clinscribe/outbox"),
                Outbox.defaultDirectory(Map.of("XDG_DATA_HOME", "/data/me", "HOME", "/home/me"), "/x"));
        assertEquals(Path.of("/home/me/.local/share/clinscribe/outbox"),
                Outbox.defaultDirectory(Map.of("HOME", "/home/me"), "/x"));
        assertEquals(Path.of("/home/me/.local/share/clinscribe/outbox"),
                Outbox.defaultDirectory(Map.of("XDG_DATA_HOME", "relative", "HOME", "/home/me"), "/x"));
        assertEquals(Path.of("/x/.local/share/clinscribe/outbox"), Outbox.defaultDirectory(Map.of(), "/x"));
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
