package io.clinscribe.delivery.fhir.server;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import io.clinscribe.delivery.DeliveryException;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;

import javax.net.ssl.SSLException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a failed exchange with the server means for the outbox: try again later (the server is down, slow,
 * busy or failing for now) or not (it refused the document). Messages carry status codes, OperationOutcome
 * issue codes and locations; never an issue's diagnostics, which servers fill with the refused resource's text.
 */
final class DeliveryFailures {

    /** Issues listed in a message; a validation failure can produce hundreds. */
    private static final int ISSUES_SHOWN = 8;

    private DeliveryFailures() {
    }

    /**
     * 408 Request Timeout, 409 Conflict (HAPI's answer when two writers race on one conditional create),
     * 429 Too Many Requests and every 5xx pass: a later attempt can succeed, and conditional creates make it safe.
     */
    static boolean retryableStatus(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    /** The server could not be reached or stopped answering; a TLS trust failure needs a setting changed. */
    static DeliveryException unreachable(String what, Throwable failure) {
        Throwable root = failure;
        boolean tls = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            tls |= t instanceof SSLException || t instanceof CertificateException;
            root = t;
        }
        if (tls) {
            return DeliveryException.permanent(what + ": TLS handshake failed (" + root.getClass().getSimpleName()
                    + "); is the server's certificate in the truststore?", root);
        }
        return DeliveryException.temporary(what + " unreachable: " + root.getClass().getSimpleName()
                + (root.getMessage() != null ? " " + root.getMessage() : ""), root);
    }

    /** The server answered the transaction with an error status. */
    static DeliveryException refused(BaseServerResponseException e, String context) {
        int status = e.getStatusCode();
        String message = "FHIR server answered HTTP " + status + " to " + context + issues(e.getOperationOutcome());
        // No cause: the exception's own message quotes the OperationOutcome's diagnostics.
        return retryableStatus(status)
                ? DeliveryException.temporary(message, null)
                : DeliveryException.permanent(message, null);
    }

    static String issues(IBaseOperationOutcome outcome) {
        if (!(outcome instanceof OperationOutcome oo) || oo.getIssue().isEmpty()) {
            return "";
        }
        List<String> described = new ArrayList<>();
        for (OperationOutcome.OperationOutcomeIssueComponent issue : oo.getIssue()) {
            if (described.size() == ISSUES_SHOWN) {
                described.add("and " + (oo.getIssue().size() - ISSUES_SHOWN) + " more");
                break;
            }
            StringBuilder d = new StringBuilder();
            d.append(issue.hasSeverity() ? issue.getSeverity().toCode() : "issue");
            d.append(' ').append(issue.hasCode() ? issue.getCode().toCode() : "unknown");
            String codes = issue.getDetails().getCoding().stream().map(Coding::getCode)
                    .filter(c -> c != null && !c.isBlank()).collect(Collectors.joining(","));
            if (!codes.isEmpty()) {
                d.append(" [").append(codes).append(']');
            }
            List<StringType> where = issue.hasExpression() ? issue.getExpression() : issue.getLocation();
            if (!where.isEmpty()) {
                d.append(" at ").append(where.stream().map(StringType::getValue).collect(Collectors.joining(", ")));
            }
            described.add(d.toString());
        }
        return "; issues: " + String.join("; ", described);
    }
}
