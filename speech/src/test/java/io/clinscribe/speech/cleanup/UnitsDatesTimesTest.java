package io.clinscribe.speech.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** README sections 9 and 10: dates, times of day, units, compound units, hyphenated compounds and ages. */
class UnitsDatesTimesTest {

    static Stream<Arguments> dates() {
        return CleanupCases.parse("""
                seen on march third	Seen on March 3
                seen on april twenty second at noon	Seen on April 22 at noon
                seen on january fifteenth twenty twenty four	Seen on January 15, 2024
                on october thirty first twenty twenty three and did well	On October 31, 2023, and did well
                on june first two thousand nineteen comma stable	On June 1, 2019, stable
                born on february twenty nine	Born on February 29
                since august twenty twenty one	Since August 2021
                in march of twenty nineteen	In March of 2019
                in may period she may go home	In May. She may go home
                until may nine	Until May 9
                seen on may fifth	Seen on May 5
                last may	Last May
                every tuesday and on saturdays	Every Tuesday and on Saturdays
                in twenty eighteen	In 2018
                """);
    }

    static Stream<Arguments> times() {
        return CleanupCases.parse("""
                at six a m	At 6 a.m.
                at seven thirty a m period	At 7:30 a.m.
                at eleven forty five p m	At 11:45 p.m.
                at twelve thirty a m	At 12:30 a.m.
                at eleven oh five p m period next line	At 11:05 p.m.\\n
                at nine o'clock	At 9 o'clock
                at fourteen hundred hours	At 1400 hours
                at zero six hundred hours	At 0600 hours
                at midnight	At midnight
                """);
    }

    static Stream<Arguments> units() {
        return CleanupCases.parse("""
                two milligrams and one gram	2 mg and 1 g
                fifty micrograms	50 mcg
                seventy kilograms	70 kg
                five hundred milliliters and two liters	500 mL and 2 L
                two deciliters	2 dL
                three centimeters and four millimeters	3 cm and 4 mm
                one twenty over eighty millimeters of mercury	120/80 mmHg
                forty milliequivalents	40 mEq
                two millimoles	2 mmol
                five nanograms	5 ng
                one hundred eighty pounds	180 lb
                ninety eight percent	98%
                ninety eight point six degrees fahrenheit	98.6 F
                one hundred one fahrenheit	101 F
                thirty seven degrees centigrade	37 C
                thirty nine celsius	39 C
                ten milligrams per kilogram	10 mg/kg
                two micrograms per kilogram per minute	2 mcg/kg/min
                one hundred milliliters per hour	100 mL/h
                four liters per minute	4 L/min
                twelve units per hour	12 units/h
                three milligrams per day	3 mg per day
                five units	5 units
                a ten unit increase	A 10-unit increase
                one thousand international units	1000 international units
                ten i u	10 international units
                two c c	2 mL
                four degrees of flexion	4 degrees of flexion
                a ninety degree angle	A 90-degree angle
                six inches and two feet	6 inches and 2 feet
                eight ounces	8 ounces
                a two inch laceration	A 2-inch laceration
                one teaspoon and two tablespoons	1 teaspoon and 2 tablespoons
                five seconds	5 seconds
                one second	1 second
                two tablets and one capsule	2 tablets and 1 capsule
                three drops and two sprays	3 drops and 2 sprays
                one patch and two suppositories	1 patch and 2 suppositories
                one dose and two vials and three refills	1 dose and 2 vials and 3 refills
                heart rate ninety beats per minute	Heart rate 90 beats per minute
                twenty breaths per minute	20 breaths per minute
                two times daily	2 times daily
                three times per week	3 times per week
                a five day course	A 5-day course
                a one week course	A 1 week course
                in one week	In 1 week
                for five days	For 5 days
                a twelve hour shift	A 12-hour shift
                a forty year history	A 40-year history
                a three month old boy	A 3-month-old boy
                a one year old	A 1-year-old
                a two week old infant	A 2-week-old infant
                she is sixty years old	She is 60 years old
                he is four months old	He is 4 months old
                a two centimeter lesion	A 2 cm lesion
                in centimeters	In centimeters
                """);
    }

    @ParameterizedTest
    @MethodSource("dates")
    void writesDates(String spoken, String expected) {
        assertEquals(expected, CleanupCases.clean(spoken));
    }

    @ParameterizedTest
    @MethodSource("times")
    void writesTimes(String spoken, String expected) {
        assertEquals(expected, CleanupCases.clean(spoken));
    }

    @ParameterizedTest
    @MethodSource("units")
    void completesUnits(String spoken, String expected) {
        assertEquals(expected, CleanupCases.clean(spoken));
    }
}
