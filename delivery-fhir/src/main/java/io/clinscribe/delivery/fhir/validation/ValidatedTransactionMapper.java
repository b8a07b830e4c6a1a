package io.clinscribe.delivery.fhir.validation;

import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.fhir.FhirTransaction;
import io.clinscribe.delivery.fhir.mapping.TransactionMapper;

import java.util.Objects;

/**
 * Maps a request to its transaction and refuses it when the bundle does not validate: what would be rejected
 * by the EHR, or filed wrongly, is stopped before it leaves the machine. Fits the FHIR server adapter's
 * {@code TransactionMapping} as {@code validated::map}.
 */
public final class ValidatedTransactionMapper {

    private final TransactionMapper mapper;
    private final BundleValidator validator;

    public ValidatedTransactionMapper(TransactionMapper mapper, BundleValidator validator) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** The transaction without validating it, for a document already validated and delivered. */
    public FhirTransaction mapValidatedBefore(DeliveryRequest request) {
        return mapper.map(request);
    }

    /**
     * @throws DeliveryException (permanent) naming the delivery and each error's resource, entry index and
     *         location when the bundle has validation errors; retrying cannot help
     */
    public FhirTransaction map(DeliveryRequest request) throws DeliveryException {
        FhirTransaction transaction = mapper.map(request);
        BundleValidation validation = validator.validate(transaction.bundle());
        if (!validation.valid()) {
            throw DeliveryException.permanent("delivery " + request.deliveryId() + ": the FHIR bundle has "
                    + validation.errors().size() + " validation error(s): " + validation.describeErrors(), null);
        }
        return transaction;
    }
}
