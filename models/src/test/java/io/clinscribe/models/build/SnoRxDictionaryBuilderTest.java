package io.clinscribe.models.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnoRxDictionaryBuilderTest {

    @Test
    void sqlStringsAreUnquotedWithDoubledQuotesKept() {
        String line = "INSERT INTO CUI_TERMS VALUES(8031,0,2,'crohn''s disease, ileal','crohn''s')";
        assertEquals(List.of("8031", "0", "2", "crohn's disease, ileal", "crohn's"),
                SnoRxDictionaryBuilder.parseValues(line, line.indexOf("VALUES(") + 7));
    }

    @Test
    void rowsOfAllTablesBecomeTermAndConceptLines(@TempDir Path out) throws Exception {
        SnoRxDictionaryBuilder builder = new SnoRxDictionaryBuilder();
        builder.accept("INSERT INTO CUI_TERMS VALUES(20538,0,1,'htn','htn')");
        builder.accept("INSERT INTO TUI VALUES(20538,47)");
        builder.accept("INSERT INTO PREFTERM VALUES(20538,'Hypertensive disease')");
        builder.accept("INSERT INTO SNOMEDCT_US VALUES(20538,38341003)");
        builder.accept("CREATE MEMORY TABLE PUBLIC.TUI(CUI BIGINT,TUI INTEGER)");
        builder.write(out);
        assertTrue(Files.readAllLines(out.resolve("terms.bsv")).contains("20538|0|1|htn|htn"));
        assertTrue(Files.readAllLines(out.resolve("concepts.bsv")).contains("20538|47|Hypertensive disease|38341003|"));
    }
}
