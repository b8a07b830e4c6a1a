package io.clinscribe.delivery.fhir.files;

import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.delivery.fhir.FhirTransaction;
import io.clinscribe.delivery.fhir.validation.ValidatedTransactionMapper;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each document's validated FHIR transaction into a directory, for EMRs without an API and for bulk
 * import. A document is written once: its delivery id is recorded in the directory's {@link DeliveryLedger}
 * when it is complete, and a document already there is reported ALREADY_PRESENT without writing. A lock
 * file keeps two processes from writing into the directory at the same time.
 */
final class FileDeliveryAdapter implements EhrAdapter {

    static final String LOCK = ".clinscribe.lock";

    private final String name;
    private final Path directory;
    private final ValidatedTransactionMapper mapper;
    private final DocumentWriter writer;
    private final DeliveryLedger ledger;
    private final Clock clock;

    FileDeliveryAdapter(String name, Path directory, ValidatedTransactionMapper mapper, DocumentWriter writer,
                        DeliveryLedger ledger, Clock clock) {
        this.name = name;
        this.directory = directory;
        this.mapper = mapper;
        this.writer = writer;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public DeliveryReceipt deliver(DeliveryRequest request) throws DeliveryException {
        try (FileChannel lockFile = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
            writer.recover(ledger);
            boolean already = ledger.delivered(request.deliveryId());
            // A document in the ledger passed validation when it was written; it is only mapped for the receipt.
            FhirTransaction transaction = already ? mapper.mapValidatedBefore(request) : mapper.map(request);
            List<String> files = List.of();
            if (!already) {
                files = writer.write(request, transaction);
                ledger.record(request.deliveryId());
                writer.committed(request.deliveryId());
            }
            return receipt(request, transaction, already, files);
        } catch (IOException e) {
            // A full disk or a vanished mount may well clear up; the outbox tries again.
            throw DeliveryException.temporary("delivery " + request.deliveryId() + ": could not write to the output directory ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private DeliveryReceipt receipt(DeliveryRequest request, FhirTransaction transaction, boolean already,
                                    List<String> files) {
        List<EntryOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < request.entryIds().size(); i++) {
            String entryId = request.entryId(i);
            Integer carried = transaction.carriedBy().get(i);
            if (carried == null) {
                outcomes.add(EntryOutcome.notCarried(i, entryId, transaction.notCarried().getOrDefault(i, "not carried")));
            } else if (already) {
                outcomes.add(EntryOutcome.alreadyPresent(i, entryId, writer.remoteId(transaction, carried)));
            } else {
                outcomes.add(EntryOutcome.created(i, entryId, writer.remoteId(transaction, carried)));
            }
        }
        return new DeliveryReceipt(request.deliveryId(), name, clock.instant(), outcomes, files);
    }

}
