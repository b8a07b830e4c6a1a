package io.clinscribe.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;

import java.io.IOException;

/** Writes and reads the {@code attributes} object of one entry kind, exactly as FORMAT.md names them. */
interface AttributeCodec<E extends Entry> {

    /** Writes the attribute fields (the enclosing object is already open); absent values are left out. */
    void write(E entry, JsonGenerator json) throws IOException;

    /** Builds the entry from its common mention and its {@code attributes} object. */
    E read(Mention mention, JsonFields attributes);
}
