package io.clinscribe.speech.cleanup;

/** A review flag before assembly, known only by its spoken words; the reason holds no patient text. */
record WordFlag(int firstWord, int endWord, String reason) {
}
