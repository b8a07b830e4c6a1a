package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.record.Code;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.DocumentSource;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The DocumentReference that files the source of a document beside its entries: the note text itself for a
 * typed note; for a recording or scan, the file's description (media type, size, SHA-256) and the text
 * taken from it.
 *
 * <p>R4 defines {@code Attachment.hash} as the SHA-1 of {@code Attachment.data}, so it is only set where
 * the data is attached (the text, hashed as the UTF-8 bytes that are attached). The SHA-256 of the source
 * file, which is how clinscribe identifies it, goes in the {@link #SOURCE_SHA256} extension of the
 * attachment that describes the file, and the whole document also carries the delivery id as identifier.
 */
final class SourceDocumentMapper {

    /** The hex SHA-256 of the source file's bytes, on the Attachment describing that file. */
    static final String SOURCE_SHA256 = "https://clinscribe.io/fhir/StructureDefinition/source-sha256";

    DocumentReference map(DeliveryRequest request, RecordSubject subject, StableIdentity identity) {
        ClinicalDocument document = request.document();
        Optional<DocumentSource> source = document.source();
        DocumentReference reference = new DocumentReference();
        reference.addIdentifier(identity.identifier());
        reference.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        reference.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        reference.setType(type(source.map(DocumentSource::kind).orElse(DocumentSource.Kind.TEXT)));
        reference.setSubject(subject.patient());
        subject.encounter().ifPresent(e -> reference.getContext().addEncounter(e));
        reference.setDescription("clinscribe document " + document.id());

        if (source.isPresent() && source.get().kind() != DocumentSource.Kind.TEXT) {
            reference.addContent().setAttachment(sourceFile(source.get()));
            reference.addContent().setAttachment(text(document.text(), "Text taken from the source"));
        } else {
            Attachment note = text(document.text(), source.flatMap(DocumentSource::fileName).orElse("Clinical note"));
            source.ifPresent(s -> note.addExtension(new Extension(SOURCE_SHA256, new StringType(s.sha256()))));
            reference.addContent().setAttachment(note);
        }
        return reference;
    }

    /**
     * A typed or dictated note is filed as a progress note, the common case; a scanned page may be any kind
     * of document, so it is filed as a note without claiming which.
     */
    private static org.hl7.fhir.r4.model.CodeableConcept type(DocumentSource.Kind kind) {
        return switch (kind) {
            case TEXT, AUDIO, INK -> CodedConcepts.of(Code.LOINC, "11506-3", "Progress note");
            case SCAN -> CodedConcepts.of(Code.LOINC, "34109-9", "Note");
        };
    }

    private static Attachment sourceFile(DocumentSource source) {
        Attachment file = new Attachment();
        file.setContentType(source.mediaType());
        file.setSize(Math.toIntExact(Math.min(source.sizeBytes(), Integer.MAX_VALUE)));
        file.setTitle(source.fileName().orElse(source.kind().code() + " source"));
        file.addExtension(new Extension(SOURCE_SHA256, new StringType(source.sha256())));
        return file;
    }

    private static Attachment text(String text, String title) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Attachment attachment = new Attachment();
        attachment.setContentType("text/plain; charset=utf-8");
        attachment.setData(bytes);
        attachment.setSize(bytes.length);
        attachment.setHash(sha1(bytes));
        attachment.setTitle(title);
        return attachment;
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
        }
    }
}
