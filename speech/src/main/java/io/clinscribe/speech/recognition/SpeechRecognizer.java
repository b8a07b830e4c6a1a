package io.clinscribe.speech.recognition;

import io.clinscribe.speech.audio.PcmAudio;

/**
 * A speech recogniser: 16 kHz mono audio in, words with their times and confidences out. An
 * implementation is cheap to call once its model is loaded, and safe to call from several threads
 * unless its documentation says otherwise.
 */
public interface SpeechRecognizer {

    /** A short name for reports and output, such as {@code pocketsphinx/clinical}. */
    String name();

    Recognition recognize(PcmAudio audio) throws RecognitionException;
}
