package io.clinscribe.speech.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** README sections 4 and 5: spoken commands, their exceptions, and "scratch that" / "delete that". */
class CommandsAndEditingTest {

    static Stream<Arguments> commands() {
        return CleanupCases.parse("""
                is it worse full stop	Is it worse.
                allergic to penicillin semi colon sulfa causes a rash semicolon none else	Allergic to penicillin; sulfa causes a rash; none else
                possible pneumonia question mark	Possible pneumonia?
                help me exclamation mark	Help me!
                open paren see below close paren	(See below)
                aspirin open parenthesis held close parenthesis comma	Aspirin (held),
                she has a history of non hyphen hodgkin lymphoma	She has a history of non-Hodgkin lymphoma
                a dix hyphen hallpike maneuver	A Dix-Hallpike maneuver
                chest pain dash which began at rest dash and dyspnea	Chest pain--which began at rest--and dyspnea
                heparin and slash or enoxaparin	Heparin and/or enoxaparin
                seen on three slash fifteen slash twenty twenty four	Seen on 3/15/2024
                order all caps stat labs	Order STAT labs
                the patient speaks cap tagalog	The patient speaks Tagalog
                her last menstrual period was normal	Her last menstrual period was normal
                for a period of two days period	For a period of 2 days.
                in the postpartum period comma stable	In the postpartum period, stable
                mass in the ascending colon period	Mass in the ascending colon.
                family history colon colon polyps period	FAMILY HISTORY:\\nColon polyps.
                wear a cap two days	Wear a cap 2 days
                numeral seven prior admissions	7 prior admissions
                the numeral is wrong	The numeral is wrong
                all caps two tablets	All caps 2 tablets
                """);
    }

    static Stream<Arguments> editing() {
        return CleanupCases.parse("""
                lungs with scattered wheezes comma rhonchi scratch that rales in the bases period	Lungs with scattered wheezes, rales in the bases.
                follow up in two weeks period scratch that follow up in three weeks period	Follow up in 3 weeks.
                blood pressure one forty over ninety scratch that blood pressure one thirty over ninety period	Blood pressure 130/90.
                she denies fever period she reports chills scratch that scratch that she denies fever and chills period	She denies fever and chills.
                plan colon scratch that impression colon viral syndrome period	IMPRESSION:\\nViral syndrome.
                start aspirin period delete that start clopidogrel period	Start clopidogrel.
                non hyphen scratch that hodgkin lymphoma	Hodgkin lymphoma
                cap smith scratch that jones	Jones
                scratch that scratch that mild pain	Mild pain
                no distress new paragraph scratch that pain is mild	Pain is mild
                the patient scratch that period colon cancer	. Colon cancer
                """);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void recognisesCommandsAndTheirExceptions(String spoken, String expected) {
        assertEquals(expected, CleanupCases.clean(spoken));
    }

    @ParameterizedTest
    @MethodSource("editing")
    void removesTheLastPhrase(String spoken, String expected) {
        assertEquals(expected, CleanupCases.clean(spoken));
    }
}
