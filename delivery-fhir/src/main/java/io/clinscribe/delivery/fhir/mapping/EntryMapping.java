package io.clinscribe.delivery.fhir.mapping;

import org.hl7.fhir.r4.model.Resource;

import java.util.Objects;

/** What one document entry becomes in FHIR: a resource, or a reason FHIR gets none (ids and codes, no text). */
public sealed interface EntryMapping {

    record Carried(Resource resource) implements EntryMapping {
        public Carried {
            Objects.requireNonNull(resource, "resource");
        }
    }

    record NotCarried(String reason) implements EntryMapping {
        public NotCarried {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static EntryMapping carried(Resource resource) {
        return new Carried(resource);
    }

    static EntryMapping notCarried(String reason) {
        return new NotCarried(reason);
    }
}
