package io.clinscribe.speech.languagemodel;

import java.util.Optional;

/** Derives a pronunciation (en-us phones, space-separated, no stress) for a word a dictionary lacks. */
@FunctionalInterface
public interface LetterToSound {

    Optional<String> pronounce(String word);
}
