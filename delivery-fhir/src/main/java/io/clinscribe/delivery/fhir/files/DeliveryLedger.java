package io.clinscribe.delivery.fhir.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documents already written to a directory, kept in the directory itself so that it travels with the
 * files: one empty marker file per delivery id under {@code .clinscribe-delivered/}. Creating the marker is
 * the commit point of a delivery; a document whose marker exists is never written again.
 */
final class DeliveryLedger {

    static final String DIRECTORY = ".clinscribe-delivered";

    private final Path markers;

    DeliveryLedger(Path outputDirectory) throws IOException {
        this.markers = outputDirectory.resolve(DIRECTORY);
        AtomicFiles.createPrivateDirectory(markers);
    }

    boolean delivered(String deliveryId) {
        return Files.exists(marker(deliveryId));
    }

    void record(String deliveryId) throws IOException {
        try {
            Files.createFile(marker(deliveryId));
        } catch (FileAlreadyExistsException already) {
            return;
        }
        AtomicFiles.forceDirectory(markers);
    }

    private Path marker(String deliveryId) {
        if (!deliveryId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("delivery id is not a safe file name");
        }
        return markers.resolve(deliveryId);
    }
}
