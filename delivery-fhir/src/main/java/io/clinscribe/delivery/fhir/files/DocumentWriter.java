package io.clinscribe.delivery.fhir.files;

import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.fhir.FhirTransaction;

import java.io.IOException;
import java.util.List;

/** Writes one document's transaction into the output directory in one format. */
interface DocumentWriter {

    /**
     * Writes the document whole, or leaves the directory as it was (after {@link #recover}) if interrupted.
     *
     * @return the names of the files written to, for the receipt
     */
    List<String> write(DeliveryRequest request, FhirTransaction transaction) throws IOException;

    /** Undoes what an interrupted {@link #write} left half done, unless the ledger says it was completed. */
    default void recover(DeliveryLedger ledger) throws IOException {
    }

    /** Called once the ledger holds the delivery: what was kept to undo the write can go. */
    default void committed(String deliveryId) throws IOException {
    }

    /** The id a resource written by this writer has in the files, for the receipt. */
    String remoteId(FhirTransaction transaction, int bundleEntry);
}
