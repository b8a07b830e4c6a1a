package io.clinscribe.speech.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** README sections 6 and 12: headings, subheadings, lists, spacing, periods, quotes, breaks, capitals. */
class LayoutTest {

    static Stream<Arguments> structure() {
        return CleanupCases.parse("""
                plan colon admit period	PLAN:\\nAdmit.
                stable period plan colon admit period	Stable.\\n\\nPLAN:\\nAdmit.
                stable period new line plan colon admit period	Stable.\\n\\nPLAN:\\nAdmit.
                stable period new paragraph new paragraph plan colon new line new paragraph admit period	Stable.\\n\\nPLAN:\\nAdmit.
                stable period plan colon	Stable.\\n\\nPLAN:\\n
                follow up colon two weeks	FOLLOW-UP:\\n2 weeks
                follow up in two weeks	Follow up in 2 weeks
                review of systems colon negative	REVIEW OF SYSTEMS:\\nNegative
                light period neck colon supple period	Light.\\nNECK: Supple.
                light period new paragraph neck colon supple period	Light.\\n\\nNECK: Supple.
                g i colon no nausea period g u colon no dysuria	GI: No nausea.\\nGU: No dysuria
                exam colon general colon alert	Exam: general: alert
                physical exam colon general colon alert period	PHYSICAL EXAM:\\nGENERAL: Alert.
                orthostatic vital signs colon supine one thirty over eighty	Orthostatic vital signs: supine 130/80
                all caps note colon the patient	NOTE: the patient
                cap plan colon rest	Plan: rest
                the plan is as follows colon number one rest period number two fluids period	The plan is as follows:\\n1. Rest.\\n2. Fluids.
                plan colon number one rest new paragraph number two fluids	PLAN:\\n1. Rest\\n\\n2. Fluids
                a number of issues	A number of issues
                a number ten gauge	A number 10 gauge
                number ten gauge	10. Gauge
                """);
    }

    static Stream<Arguments> assembly() {
        return CleanupCases.parse("""
                take b i d period	Take b.i.d.
                at seven thirty a m period	At 7:30 a.m.
                every q six h period next	Every q.6 h. Next
                states quote i feel fine unquote period	States "I feel fine."
                mood is quote okay unquote comma and calm	Mood is "okay," and calm
                she yelled quote get out unquote exclamation point	She yelled "get out"!
                quote no pain unquote period	"No pain."
                open paren see below close paren period	(See below).
                open paren she improved period close paren next visit	(She improved.) Next visit
                open paren she improved period close paren plan colon rest	(She improved.)\\n\\nPLAN:\\nRest
                hello new line new line world	Hello\\n\\nWorld
                hello new paragraph new paragraph world	Hello\\n\\nWorld
                new line new paragraph hello	Hello
                hello period new paragraph	Hello.\\n\\n
                hello comma new line world	Hello,\\nWorld
                stable semicolon no changes	Stable; no changes
                stable colon no changes	Stable: no changes
                pain comma dash worse	Pain,--worse
                is it new question mark yes	Is it new? Yes
                two children period x ray period	Two children. X-ray.
                sub q period lisinopril period	Subcut. Lisinopril.
                ten milligrams period four liters	10 mg. 4 L
                """);
    }

    @ParameterizedTest
    @MethodSource("structure")
    void laysOutHeadingsAndLists(String spoken, String expected) {
        assertEquals(expected, CleanupCases.clean(spoken));
    }

    @ParameterizedTest
    @MethodSource("assembly")
    void assemblesSpacingPunctuationAndCapitals(String spoken, String expected) {
        assertEquals(expected, CleanupCases.clean(spoken));
    }
}
