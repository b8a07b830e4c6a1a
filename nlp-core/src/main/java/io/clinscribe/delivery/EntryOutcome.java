package io.clinscribe.delivery;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one entry at the EHR.
 *
 * @param index    the entry's position in the document's entries
 * @param entryId  its stable id ({@link DeliveryRequest#entryId(int)})
 * @param remoteId the EHR's id for what it stored ({@code Condition/42}), when it reports one
 * @param detail   why it was rejected or not carried; ids and codes, never patient text
 */
public record EntryOutcome(int index, String entryId, Status status, Optional<String> remoteId, String detail) {

    public enum Status {
        /** Stored by this delivery. */
        CREATED,
        /** The EHR already held it from an earlier delivery of the same document; nothing was duplicated. */
        ALREADY_PRESENT,
        /** The EHR refused it; {@code detail} says why. Trying again will not help without a change. */
        REJECTED,
        /** The target's format has no place for this kind of entry (an HL7 ORU carries no medications). */
        NOT_CARRIED;

        public boolean delivered() {
            return this == CREATED || this == ALREADY_PRESENT;
        }
    }

    public EntryOutcome {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(remoteId, "remoteId");
        Objects.requireNonNull(detail, "detail");
    }

    public static EntryOutcome created(int index, String entryId, String remoteId) {
        return new EntryOutcome(index, entryId, Status.CREATED, Optional.ofNullable(remoteId), "");
    }

    public static EntryOutcome alreadyPresent(int index, String entryId, String remoteId) {
        return new EntryOutcome(index, entryId, Status.ALREADY_PRESENT, Optional.ofNullable(remoteId), "");
    }

    public static EntryOutcome rejected(int index, String entryId, String why) {
        return new EntryOutcome(index, entryId, Status.REJECTED, Optional.empty(), why);
    }

    public static EntryOutcome notCarried(int index, String entryId, String why) {
        return new EntryOutcome(index, entryId, Status.NOT_CARRIED, Optional.empty(), why);
    }
}
