package io.clinscribe.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditDistanceTest {

    @Test
    void countsCharacterEdits() {
        assertEquals(3, EditDistance.characters("kitten", "sitting"));
        assertEquals(0, EditDistance.characters("", ""));
        assertEquals(4, EditDistance.characters("", "abcd"));
        assertEquals(1, EditDistance.characters("Lisinopril", "Lisinoprl"));
    }

    @Test
    void countsWordEdits() {
        assertEquals(2, EditDistance.items(List.of("bp", "142/88", "hr", "96"), List.of("bp", "142/88,", "hr")));
        assertEquals(0, EditDistance.items(List.of(), List.of()));
    }
}
