package io.clinscribe.speech.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The worked examples of the conventions README, section 15 (part of the specification). */
class ReadmeWorkedExamplesTest {

    static Stream<Arguments> examples() {
        return CleanupCases.parse("""
                patient denies chest pain period blood pressure one hundred twenty over eighty period new paragraph	Patient denies chest pain. Blood pressure 120/80.\\n\\n
                history of present illness colon the patient is a fifty two year old male with type two diabetes and a two week history of polyuria period	HISTORY OF PRESENT ILLNESS:\\nThe patient is a 52-year-old male with type 2 diabetes and a 2-week history of polyuria.
                vital signs colon blood pressure one thirty four over eighty two comma heart rate eighty eight comma temperature thirty eight point two degrees celsius comma oxygen saturation ninety four percent on room air period	VITAL SIGNS: Blood pressure 134/82, heart rate 88, temperature 38.2 C, oxygen saturation 94% on room air.
                medications colon number one metformin five hundred milligrams p o b i d period number two insulin glargine ten units sub q q h s period number three albuterol two puffs q four to six h p r n wheezing period	MEDICATIONS:\\n1. Metformin 500 mg p.o. b.i.d.\\n2. Insulin glargine 10 units subcut at bedtime.\\n3. Albuterol 2 puffs q.4-6 h. p.r.n. wheezing.
                labs colon white count fourteen thousand five hundred comma hemoglobin ten point zero comma potassium three point five comma i n r two period	LABS:\\nWhite count 14,500, hemoglobin 10, potassium 3.5, INR 2.
                physical examination colon h e e n t colon normocephalic comma atraumatic period neurologic colon cranial nerves two through twelve intact period strength five over five period reflexes two plus period	PHYSICAL EXAMINATION:\\nHEENT: Normocephalic, atraumatic.\\nNEUROLOGIC: Cranial nerves II through XII intact. Strength 5/5. Reflexes 2+.
                assessment and plan colon community acquired pneumonia scratch that bronchitis period	ASSESSMENT AND PLAN:\\nBronchitis.
                wheezing comma crackles comma scratch that rhonchi period	Wheezing, rhonchi.
                surgery on march third twenty twenty four at seven thirty a m went well period	Surgery on March 3, 2024, at 7:30 a.m. went well.
                she states quote i feel much better unquote period	She states "I feel much better."
                he has two children and one grandchild period he vomited three times period she has had numeral two falls period	He has two children and one grandchild. He vomited three times. She has had 2 falls.
                her last menstrual period was two weeks ago period a polyp was removed from the sigmoid colon period family history colon colon cancer period	Her last menstrual period was 2 weeks ago. A polyp was removed from the sigmoid colon.\\n\\nFAMILY HISTORY:\\nColon cancer.
                obtain an e k g comma a c b c comma and a chest x ray period	Obtain an EKG, a CBC, and a chest x-ray.
                chief complaint cohen cough period	Chief complaint cohen cough.
                take one to two tablets every four to six hours period increase from five to ten milligrams period oxygen saturation ninety to ninety four percent period	Take 1-2 tablets every 4-6 hours. Increase from 5 to 10 mg. Oxygen saturation 90%-94%.
                """);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void cleansLikeTheWorkedExample(String spoken, String expected) {
        assertEquals(expected, CleanupCases.clean(spoken));
    }
}
