package io.clinscribe.speech.languagemodel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Letter-to-sound through Flite's {@code t2p} (installed with the {@code flite} package), whose rules
 * are trained on CMUdict and whose phones are the CMU set: the same set PocketSphinx's en-us model
 * uses, once stress marks are dropped and Flite's reduced vowels are folded into theirs.
 */
public final class FliteLetterToSound implements LetterToSound {

    private static final Set<String> EN_US_PHONES = Set.of("AA", "AE", "AH", "AO", "AW", "AY", "B", "CH", "D", "DH",
            "EH", "ER", "EY", "F", "G", "HH", "IH", "IY", "JH", "K", "L", "M", "N", "NG", "OW", "OY", "P", "R", "S",
            "SH", "T", "TH", "UH", "UW", "V", "W", "Y", "Z", "ZH");

    private final String command;

    public FliteLetterToSound(String command) {
        this.command = command;
    }

    /** Whether {@code t2p} can be run here. */
    public static boolean available(String command) {
        return new FliteLetterToSound(command).pronounce("test").isPresent();
    }

    @Override
    public Optional<String> pronounce(String word) {
        try {
            Process process = new ProcessBuilder(command, word).redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return Optional.empty();
            }
            return enUsPhones(output);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Flite phones ("pau m eh1 t ax ...") to en-us phones ("M EH T AH ..."); empty if any is unknown. */
    static Optional<String> enUsPhones(String flitePhones) {
        List<String> phones = new ArrayList<>();
        for (String phone : flitePhones.strip().split("\\s+")) {
            if (phone.isEmpty() || phone.equals("pau")) {
                continue;
            }
            String p = phone.replaceAll("[0-9]", "").toUpperCase(java.util.Locale.ROOT);
            if (p.equals("AX")) {
                p = "AH";
            } else if (p.equals("AXR")) {
                p = "ER";
            }
            if (!EN_US_PHONES.contains(p)) {
                return Optional.empty();
            }
            phones.add(p);
        }
        return phones.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", phones));
    }
}
