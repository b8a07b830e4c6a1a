package io.clinscribe.terminology;

import org.apache.uima.UimaContext;
import org.apache.uima.resource.ResourceAccessException;

/** Finds the shared terminology in an annotator's UIMA context. */
final class SnoRxResources {
    private SnoRxResources() {
    }

    static SnoRxTerminology terminology(UimaContext context) {
        try {
            Object resource = context.getResourceObject(SnoRxTerminology.RESOURCE_KEY);
            if (resource instanceof SnoRxTerminology terminology) {
                return terminology;
            }
        } catch (ResourceAccessException e) {
            throw new IllegalStateException("cannot access the " + SnoRxTerminology.RESOURCE_KEY + " resource", e);
        }
        throw new IllegalStateException("no " + SnoRxTerminology.RESOURCE_KEY + " resource is bound to the lookup");
    }
}
