package io.clinscribe.cli;

import io.clinscribe.batch.document.ProcessedDocument;
import io.clinscribe.record.ProcessingProblem;
import java.io.PrintWriter;

/**
 * What the document-making commands ({@code text}, {@code dictate}, {@code scan}) do with each result, in
 * input order: name a failure on standard error, print or write the document, and hand it to the outbox when
 * delivery was asked for. Used from the one thread that receives results in order.
 */
final class ResultHandling {

    private final DocumentOutput output;
    private final DeliveryHandoff delivery;
    private final PrintWriter err;
    private int failures;

    /** @param delivery where documents go for delivery, or null when none was asked for */
    ResultHandling(DocumentOutput output, DeliveryHandoff delivery, PrintWriter err) {
        this.output = output;
        this.delivery = delivery;
        this.err = err;
    }

    /** @param label put before each error message (the input's name when the messages do not carry it), or "" */
    void accept(String label, ProcessedDocument result) throws Exception {
        if (result.failed()) {
            failures++;
            result.document().problems().stream()
                    .filter(p -> p.severity() == ProcessingProblem.Severity.ERROR)
                    .forEach(p -> err.println("clinscribe: " + label + p.message()));
        }
        output.emit(result.document(), result.extraFields());
        if (delivery != null) {
            delivery.accept(result.document());
        }
    }

    /** Delivers what was queued (if asked for) and gives the command's exit code. */
    int finish() throws Exception {
        int delivered = delivery == null ? 0 : delivery.deliver();
        err.flush();
        return failures > 0 ? ClinscribeCommand.SOME_INPUTS_FAILED : delivered;
    }
}
