package io.clinscribe.speech.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** README section 8: reading runs, writing digits, digits or words, chains, cranial nerves, ordinals. */
class NumbersTest {

    private final NumberReader reader = new NumberReader();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            one twenty | 120
            one thirty two | 132
            eight seventy five | 875
            twenty twenty four | 2024
            nineteen ninety eight | 1998
            eleven oh five | 1105
            zero eight hundred | 0800
            one zero zero zero one | 10001
            two hundred fifty thousand | 250,000
            one hundred and twenty | 120
            one hundred and five | 105
            twenty one hundred | 2100
            two thousand five hundred | 2500
            fifty thousand | 50,000
            one hundred thousand | 100,000
            two thousand and twelve | 2012
            point two five | 0.25
            point twenty five | 0.25
            point oh five | 0.05
            one point zero | 1
            two point five zero | 2.5
            one million two hundred thousand | 1,200,000
            """)
    void readsRunsGreedily(String spoken, String written) {
        List<String> words = Arrays.asList(spoken.split(" "));
        NumberReader.Reading reading = reader.read(words, 0);
        assertEquals(words.size(), reading.length());
        assertEquals(written, reading.number().written());
    }

    @Test
    void andIsAConnectorWhenWhatFollowsDoesNotCompleteTheNumber() {
        List<String> words = List.of("one", "hundred", "and", "one", "forty");
        assertEquals(2, reader.read(words, 0).length());
        assertNull(reader.read(List.of("hundred", "five"), 0), "a run never starts with hundred");
        assertNull(reader.read(List.of("oh", "five"), 0), "oh is a digit only after a number word");
    }

    static Stream<Arguments> cleaned() {
        return CleanupCases.parse("""
                between one hundred and one forty	Between 100 and 140
                she has four children and two dogs	She has four children and two dogs
                two children and nine grandchildren	Two children and nine grandchildren
                she fell one time	She fell one time
                he has had twelve falls	He has had 12 falls
                hemoglobin seven point zero comma platelets ninety	Hemoglobin 7, platelets 90
                potassium three comma sodium one forty one	Potassium 3, sodium 141
                grade one comma stage four comma level two comma bed nine	Grade 1, stage 4, level 2, bed 9
                a b m i of nine	A BMI of nine
                t s h three and l d l two	TSH 3 and LDL 2
                she is gravida three para two	She is gravida 3 para 2
                hospital day four	Hospital day 4
                lipase two comma bilirubin one	Lipase 2, bilirubin 1
                medical record number four five six seven	Medical record number 4567
                room number six	Room number 6
                five hyphen fluorouracil	5-fluorouracil
                oriented times four	Oriented x4
                given twice comma cultures times three period	Given twice, cultures x3.
                antibiotics times ten days	Antibiotics x10 days
                he coughed three times today	He coughed three times today
                three plus pitting edema	3+ pitting edema
                two plus three	Two plus three
                one to two plus edema	1 to 2+ edema
                he drinks three glasses of wine a day	He drinks three glasses of wine a day
                four cigarettes per week	4 cigarettes per week
                one can per day	1 can per day
                sixty over forty	60/40
                two over six murmur	2/6 murmur
                a four by three by two centimeter mass	A 4 x 3 x 2 cm mass
                two by three	2 x 3
                pain seven out of ten	Pain 7 out of 10
                six to eight weeks	6-8 weeks
                two to three milligrams	2-3 mg
                two to three loose stools	Two to three loose stools
                from two to four weeks	From 2 to 4 weeks
                one or two puffs	1 or 2 puffs
                one or two episodes	One or two episodes
                between two and four	Between two and four
                days three through seven	Days 3 through 7
                cranial nerve three	Cranial nerve III
                cranial nerves three comma four and six	Cranial nerves III, four and six
                cranial nerves nine and ten	Cranial nerves IX and X
                first episode and second opinion	First episode and second opinion
                the twelfth rib and the twenty third admission	The 12th rib and the 23rd admission
                the fiftieth percentile and the ninety ninth percentile	The 50th percentile and the 99th percentile
                eleventh twelfth thirteenth	11th 12th 13th
                one point zero five	1.05
                point five milligrams	0.5 mg
                a value of zero	A value of zero
                """);
    }

    @ParameterizedTest
    @MethodSource("cleaned")
    void writesNumbersAsTheConventionsSay(String spoken, String expected) {
        assertEquals(expected, CleanupCases.clean(spoken));
    }
}
