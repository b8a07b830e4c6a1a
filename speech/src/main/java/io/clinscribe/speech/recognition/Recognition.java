package io.clinscribe.speech.recognition;

import java.util.List;
import java.util.stream.Collectors;

/** What a recogniser heard in one recording: its words in time order, and which engine heard them. */
public record Recognition(String engine, List<RecognizedWord> words, long audioMillis) {

    public Recognition {
        words = List.copyOf(words);
    }

    /** The words separated by single spaces: the raw transcript in spoken form. */
    public String transcript() {
        return words.stream().map(RecognizedWord::text).collect(Collectors.joining(" "));
    }

    public List<String> spokenWords() {
        return words.stream().map(RecognizedWord::text).toList();
    }
}
