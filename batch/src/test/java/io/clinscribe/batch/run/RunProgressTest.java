package io.clinscribe.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    @Test
    void onATerminalOneLineIsRedrawnInPlace() {
        StringWriter out = new StringWriter();
        RunProgress bar = RunProgress.to(new PrintWriter(out), 4, true);
        bar.update(1);
        bar.update(2);
        bar.finish(4);
        String shown = out.toString();
        assertEquals(1, shown.split("\n", -1).length - 1, "one line, ended once: " + shown);
        assertTrue(shown.contains("\r[#######"), shown);
        assertTrue(shown.contains("4/4 files"), shown);
        assertTrue(shown.contains("files/s"), shown);
    }

    @Test
    void elsewhereAPlainLineEveryTenthNotEveryFile() {
        StringWriter out = new StringWriter();
        RunProgress lines = RunProgress.to(new PrintWriter(out), 1000, false);
        for (int done = 1; done <= 1000; done++) {
            lines.update(done);
        }
        lines.finish(1000);
        long count = out.toString().lines().count();
        assertTrue(count >= 10 && count <= 12, out.toString());
        assertTrue(out.toString().lines().allMatch(l -> l.startsWith("clinscribe batch: ")), out.toString());
    }

    @Test
    void timeLeftReadsAsAClock() {
        assertEquals("1:05", RunProgress.clock(65));
        assertEquals("2:00:05", RunProgress.clock(7205));
    }
}
