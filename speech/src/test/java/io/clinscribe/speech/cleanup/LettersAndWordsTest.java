package io.clinscribe.speech.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** README sections 7 and 11: fixed expressions, proper nouns, letter runs, q-forms, codes, single letters. */
class LettersAndWordsTest {

    static Stream<Arguments> words() {
        return CleanupCases.parse("""
                x ray and two x rays	X-ray and two x-rays
                hemoglobin a one c seven	Hemoglobin A1c 7
                a one c of six point one	A1c of 6.1
                grew e coli	Grew E. coli
                sub q daily	Subcut daily
                solu medrol and steri strips	Solu-Medrol and Steri-Strips
                i think i'm better and i've eaten	I think I'm better and I've eaten
                he said i'll call and i'd come	He said I'll call and I'd come
                parkinson's disease with a positive romberg	Parkinson disease with a positive Romberg
                negative homans sign and a holter monitor	Negative Homans sign and a Holter monitor
                apgars nine and nine	Apgars 9 and 9
                apgar eight	Apgar 8
                took tylenol and zyrtec	Took Tylenol and Zyrtec
                speaks spanish and has medicare	Speaks Spanish and has Medicare
                doctor cap lee and doctor smith	Dr. Lee and doctor smith
                seen by doctor all caps ng	Seen by Dr. NG
                metformin and lisinopril	Metformin and lisinopril
                """);
    }

    static Stream<Arguments> letters() {
        return CleanupCases.parse("""
                c b c and h e e n t	CBC and HEENT
                i v fluids and an m r i	IV fluids and an MRI
                p o b i d	p.o. b.i.d.
                p o q h s p r n	p.o. at bedtime p.r.n.
                s q q h s	Subcut at bedtime
                s c daily	Subcut daily
                q o d	Every other day
                q d and q a m and q p m	Daily and every morning and every evening
                h s	At bedtime
                n k d a and d v t	NKDA and DVT
                t i d a c and p c	t.i.d. a.c. and p.c.
                q i d and q h	q.i.d. and q.h.
                n p o and p r	n.p.o. and p.r.
                a p h of seven point four	A pH of 7.4
                e g and i e	e.g. and i.e.
                a c t of the head	A CT of the head
                an a b g	An ABG
                check a c m p	Check a CMP
                vitamin d and hepatitis c and group b strep	Vitamin D and hepatitis C and group B strep
                i have a cough	I have a cough
                t s h four point five	TSH 4.5
                b m i twenty six point nine	BMI 26.9
                q six h	q.6 h.
                q four to six h p r n	q.4-6 h. p.r.n.
                q five minutes	q.5 minutes
                q two to three days	q.2-3 days
                vitamin b twelve one thousand micrograms	Vitamin B12 1000 mcg
                vitamin d three fifty thousand i u	Vitamin D3 50,000 international units
                free t four one point one	Free T4 1.1
                c five and t twelve and s three	C5 and T12 and S3
                an l four to l five herniation	An L4-L5 herniation
                the l five to s one level	The L5-S1 level
                one amp of d fifty	1 amp of D50
                she is a g two p one	She is a G2 P1
                a b twelve level	A B12 level
                vitamin d fifty thousand units	Vitamin D 50,000 units
                """);
    }

    @ParameterizedTest
    @MethodSource("words")
    void writesWordsAndNames(String spoken, String expected) {
        assertEquals(expected, CleanupCases.clean(spoken));
    }

    @ParameterizedTest
    @MethodSource("letters")
    void writesLetters(String spoken, String expected) {
        assertEquals(expected, CleanupCases.clean(spoken));
    }
}
