package io.clinscribe.speech.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AudioDecoderTest {

    private static final Path FORMATS = Path.of("../corpora/audio/formats");
    private static final Path BAD = Path.of("../corpora/audio/bad");
    private final AudioDecoder decoder = AudioDecoder.standard();

    @ParameterizedTest
    @ValueSource(strings = {"vitals-44k-stereo-24bit.wav", "vitals-22k-float.wav", "vitals-8k-8bit.wav",
            "vitals-8k-mulaw.wav", "vitals-48k.flac", "vitals-44k.mp3"})
    void everyCommonFormatBecomesTheSame16kHzMonoSpeech(String file) throws Exception {
        if (!file.endsWith(".wav")) {
            assumeTrue(soxInstalled(), "FLAC and MP3 need sox: run scripts/install-system-packages.sh");
        }
        PcmAudio reference = decoder.decode(FORMATS.resolve("vitals-16k-reference.wav"));
        PcmAudio audio = decoder.decode(FORMATS.resolve(file));

        assertTrue(Math.abs(audio.durationMillis() - reference.durationMillis()) <= 80, "duration " + audio.durationMillis());
        // MP3 encoders add a delay of a few milliseconds: allow a small lag when comparing waveforms.
        double best = 0;
        for (int lag = -1200; lag <= 1200; lag += 8) {
            best = Math.max(best, correlation(reference.samples(), audio.samples(), lag));
        }
        // 8 kHz and mu-law lose the upper band, so they correlate less, but still clearly the same speech.
        assertTrue(best > (file.contains("8k") ? 0.6 : 0.9), "correlation with the 16 kHz original: " + best);
    }

    @Test
    void aTruncatedWavSaysHowMuchIsMissing() {
        AudioInputException e = assertThrows(AudioInputException.class, () -> decoder.decode(BAD.resolve("truncated.wav")));
        assertContains(e.getMessage(), "truncated.wav", "truncated WAV file", "announces");
    }

    @Test
    void silenceIsAnErrorNotAnEmptyTranscript() {
        AudioInputException e = assertThrows(AudioInputException.class, () -> decoder.decode(BAD.resolve("silence.wav")));
        assertContains(e.getMessage(), "silence.wav", "silent");
    }

    @Test
    void aTextFileNamedWavIsNotAudio() {
        AudioInputException e = assertThrows(AudioInputException.class, () -> decoder.decode(BAD.resolve("not-audio.wav")));
        assertContains(e.getMessage(), "not-audio.wav", "not an audio file");
    }

    @Test
    void corruptMp3AndTruncatedFlacGetAnErrorNamingTheFile() {
        for (String name : new String[] {"corrupt.mp3", "truncated.flac"}) {
            AudioInputException e = assertThrows(AudioInputException.class, () -> decoder.decode(BAD.resolve(name)));
            assertTrue(e.getMessage().startsWith(BAD.resolve(name) + ":"), e.getMessage());
        }
    }

    @Test
    void missingAndEmptyFilesAreReportedPlainly() {
        assertEquals("no-such.wav: no such file",
                assertThrows(AudioInputException.class, () -> decoder.decode(Path.of("no-such.wav"))).getMessage());
        assertEquals("x.wav: the file is empty",
                assertThrows(AudioInputException.class, () -> decoder.decode("x.wav", new byte[0])).getMessage());
    }

    @Test
    void otherAudioContainersAreNamedUnsupported() {
        byte[] ogg = "OggS\0\2\0\0\0\0\0\0\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        AudioInputException e = assertThrows(AudioInputException.class, () -> decoder.decode("memo.ogg", ogg));
        assertContains(e.getMessage(), "not supported", "WAV, FLAC or MP3");
    }

    @Test
    void recordingsOverTheLimitAreRefusedBeforeDecoding() throws Exception {
        AudioDecoder shortLimit = new AudioDecoder(1, "sox");
        AudioInputException e = assertThrows(AudioInputException.class,
                () -> shortLimit.decode(FORMATS.resolve("vitals-44k-stereo-24bit.wav")));
        assertContains(e.getMessage(), "longer than");
    }

    @Test
    void wavRoundTripsThroughItsOwnWriter() throws Exception {
        PcmAudio audio = decoder.decode(FORMATS.resolve("vitals-16k-reference.wav"));
        PcmAudio again = decoder.decode("copy.wav", audio.toWav());
        assertTrue(java.util.Arrays.equals(audio.samples(), again.samples()));
    }

    static boolean soxInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(Path.of(dir, "sox"))) {
                return true;
            }
        }
        return false;
    }

    static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "expected '" + part + "' in: " + message);
        }
    }

    private static double correlation(short[] a, short[] b, int lag) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            int j = i + lag;
            if (j < 0 || j >= b.length) {
                continue;
            }
            ab += (double) a[i] * b[j];
            aa += (double) a[i] * a[i];
            bb += (double) b[j] * b[j];
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }
}
