package io.clinscribe.batch.document;

import com.fasterxml.jackson.core.JsonGenerator;
import io.clinscribe.json.EntriesJsonWriter;
import io.clinscribe.record.AudioRange;
import io.clinscribe.speech.cleanup.ReviewFlag;
import io.clinscribe.speech.dictation.Dictation;
import io.clinscribe.speech.dictation.TranscriptAlignment;
import io.clinscribe.speech.recognition.RecognizedWord;
import java.io.IOException;
import java.util.Optional;

/**
 * The {@code dictation} object of a dictated document: where it came from, the recogniser, the raw
 * transcript, the word timings and the stretches the clean-up flagged for review, with their audio.
 */
public record DictationJson(Optional<String> source, Optional<Dictation> dictation) implements EntriesJsonWriter.ExtraFields {

    @Override
    public void write(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("dictation");
        if (source.isPresent()) {
            json.writeStringField("source", source.get());
        }
        if (dictation.isPresent()) {
            Dictation d = dictation.get();
            if (d.recognition().isPresent()) {
                json.writeStringField("engine", d.recognition().get().engine());
                json.writeNumberField("durationMs", d.recognition().get().audioMillis());
            }
            json.writeStringField("transcript", d.rawTranscript());
            json.writeArrayFieldStart("words");
            for (RecognizedWord w : d.timedWords()) {
                json.writeStartObject();
                json.writeStringField("text", w.text());
                json.writeNumberField("startMs", w.startMs());
                json.writeNumberField("endMs", w.endMs());
                json.writeNumberField("confidence", Math.round(w.confidence() * 1000) / 1000.0);
                json.writeEndObject();
            }
            json.writeEndArray();
            TranscriptAlignment alignment = d.alignment();
            json.writeArrayFieldStart("reviewFlags");
            for (ReviewFlag flag : d.clean().reviewFlags()) {
                json.writeStartObject();
                json.writeNumberField("begin", flag.begin());
                json.writeNumberField("end", flag.end());
                json.writeStringField("reason", flag.reason());
                Optional<AudioRange> audio = alignment.audioOfWords(flag.firstWord(), flag.endWord());
                if (audio.isPresent()) {
                    json.writeNumberField("startMs", audio.get().startMillis());
                    json.writeNumberField("endMs", audio.get().endMillis());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
