package io.clinscribe.delivery.hl7v2;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.delivery.hl7v2.message.BuiltMessage;
import io.clinscribe.delivery.hl7v2.message.NoteMessage;
import io.clinscribe.delivery.hl7v2.message.ResultEligibility;
import io.clinscribe.delivery.hl7v2.message.ResultsMessage;
import io.clinscribe.delivery.hl7v2.mllp.Acknowledgement;
import io.clinscribe.delivery.hl7v2.mllp.MllpSender;
import io.clinscribe.record.Entry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers a document as HL7 v2.5.1 over MLLP: first the note as an MDM^T02, then its vital signs and lab results
 * as an ORU^R01. Both keep their MSH-10 across resends, so delivering a document again is harmless at a receiver
 * that detects duplicates (interface engines do, on MSH-10); a receiver answering "duplicate" (ERR 205) makes the
 * entries ALREADY_PRESENT.
 *
 * <p>Entry outcomes: a vital sign or lab result in the ORU is CREATED with its OBR/OBX position; every other
 * entry (problems, medications, allergies, procedures, and results that are negated, hypothetical, historical or
 * about someone else) is NOT_CARRIED as discrete data, with the reason "in the MDM^T02 note".
 */
public final class Hl7v2Adapter implements EhrAdapter {

    static final String NAME = "hl7v2";

    private final HapiContext context;
    private final MllpSender sender;
    private final NoteMessage notes;
    private final ResultsMessage results;
    private final Hl7v2Settings settings;
    private final Clock clock;

    /** @param context owned by the adapter from now on: closed with it */
    public Hl7v2Adapter(HapiContext context, MllpSender sender, Hl7v2Settings settings, Clock clock) {
        this.context = context;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.notes = new NoteMessage(settings.header(), context.getModelClassFactory(), settings.documentType());
        this.results = new ResultsMessage(settings.header(), context.getModelClassFactory());
    }

    @Override
    public DeliveryReceipt deliver(DeliveryRequest request) throws DeliveryException {
        Instant at = clock.instant();
        Optional<BuiltMessage> note;
        Optional<BuiltMessage> report;
        try {
            note = settings.sendNote() ? notes.build(request, at) : Optional.empty();
            report = settings.sendResults() ? results.build(request, at) : Optional.empty();
        } catch (HL7Exception e) {
            throw DeliveryException.permanent("hl7v2: document " + request.deliveryId()
                    + " cannot be put in HL7 v2 (" + e.getClass().getSimpleName() + ")", e);
        }
        List<String> sent = new ArrayList<>();
        if (note.isPresent()) {
            send(note.get(), sent);
        }
        boolean reportDuplicate = false;
        if (report.isPresent()) {
            reportDuplicate = send(report.get(), sent);
        }

        List<EntryOutcome> outcomes = new ArrayList<>();
        List<Entry> entries = request.document().entries();
        Map<Integer, String> inReport = report.map(BuiltMessage::carried).orElse(Map.of());
        for (int i = 0; i < entries.size(); i++) {
            String id = request.entryId(i);
            String position = inReport.get(i);
            if (position != null) {
                String remoteId = report.get().controlId() + "/" + position;
                outcomes.add(reportDuplicate ? EntryOutcome.alreadyPresent(i, id, remoteId)
                        : EntryOutcome.created(i, id, remoteId));
            } else {
                outcomes.add(EntryOutcome.notCarried(i, id, notCarriedBecause(entries.get(i), note.isPresent())));
            }
        }
        return new DeliveryReceipt(request.deliveryId(), NAME, clock.instant(), outcomes, sent);
    }

    /** Sends one message; whether the receiver already had it. */
    private boolean send(BuiltMessage message, List<String> sent) throws DeliveryException {
        try {
            Acknowledgement ack = sender.send(message.message(), message.controlId());
            sent.add(message.controlId());
            return ack.verdict() == Acknowledgement.Verdict.DUPLICATE;
        } catch (DeliveryException e) {
            if (sent.isEmpty()) {
                throw e;
            }
            // say what already landed; resending it is harmless (same MSH-10)
            String why = e.getMessage() + "; already acknowledged: " + String.join(", ", sent);
            throw e.retryable() ? DeliveryException.temporary(why, e) : DeliveryException.permanent(why, e);
        }
    }

    private String notCarriedBecause(Entry entry, boolean noteSent) {
        String where = noteSent ? ResultEligibility.IN_NOTE
                : settings.sendNote() ? "no note text to send" : "not sent: messages setting excludes mdm";
        String why = ResultEligibility.whyNot(entry).orElse(settings.sendResults() ? "" : "messages setting excludes oru");
        return why.isEmpty() ? where : where + " (" + why + ")";
    }

    @Override
    public void close() {
        sender.close();
        try {
            context.close();
        } catch (java.io.IOException e) {
            // nothing left to release that the caller could act on
        }
    }
}
