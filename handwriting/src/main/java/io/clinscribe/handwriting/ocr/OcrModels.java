package io.clinscribe.handwriting.ocr;

import io.clinscribe.models.ModelDescriptor;
import io.clinscribe.models.ModelOrigin;

import java.util.List;

/** The models scans use, for {@code clinscribe models}. */
public final class OcrModels {

    private OcrModels() {
    }

    public static List<ModelDescriptor> descriptors() {
        TesseractSettings settings = TesseractSettings.standard();
        return List.of(new ModelDescriptor("tesseract-eng", "Tesseract 5 English LSTM model (tessdata_fast), for scans",
                ModelOrigin.DEBIAN_PACKAGE, "Debian tesseract-ocr-eng", "Apache-2.0",
                settings.tessdata().resolve("eng.traineddata").toString(), false,
                "run scripts/install-system-packages.sh (Debian tesseract-ocr and tesseract-ocr-eng)"));
    }
}
