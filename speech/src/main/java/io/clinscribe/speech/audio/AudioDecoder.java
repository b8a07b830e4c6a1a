package io.clinscribe.speech.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Turns a recording file into {@link PcmAudio}: WAV of any common rate, depth and channel count is read
 * in-process; FLAC and MP3 are decoded by Debian's {@code sox} (installed by the project's script).
 * Every way a file can be unusable (missing, empty, truncated, not audio, an unsupported encoding,
 * too long, silent) ends in an {@link AudioInputException} naming the file and the problem.
 * Immutable and thread-safe.
 */
public final class AudioDecoder {

    /** Quieter than this everywhere, a recording has no speech to recognise. */
    public static final double SILENCE_DBFS = -55;

    private static final long MIN_MILLIS = 200;

    private final long maxSeconds;
    private final String soxCommand;

    public AudioDecoder(long maxSeconds, String soxCommand) {
        if (maxSeconds < 1) {
            throw new IllegalArgumentException("maxSeconds must be positive");
        }
        this.maxSeconds = maxSeconds;
        this.soxCommand = soxCommand;
    }

    /** Recordings up to 30 minutes (a long dictation; longer ones should be split), sox from the PATH. */
    public static AudioDecoder standard() {
        return new AudioDecoder(30 * 60, "sox");
    }

    public PcmAudio decode(Path file) throws AudioInputException {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes()) {
                throw new AudioInputException(name + ": file is too large (" + size / 1_048_576 + " MiB) for a dictation");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AudioInputException(name + ": no such file");
        } catch (IOException e) {
            throw new AudioInputException(name + ": cannot read the file (" + e.getClass().getSimpleName() + ")", e);
        }
        return decode(name, bytes, file);
    }

    /** Decodes bytes already in memory; {@code name} is used in messages. */
    public PcmAudio decode(String name, byte[] bytes) throws AudioInputException {
        return decode(name, bytes, null);
    }

    private PcmAudio decode(String name, byte[] bytes, Path file) throws AudioInputException {
        if (bytes.length == 0) {
            throw new AudioInputException(name + ": the file is empty");
        }
        AudioContainer container = AudioContainer.sniff(bytes);
        PcmAudio audio = switch (container) {
            case WAV -> {
                WavFile.Decoded wav = WavFile.decode(name, bytes, maxSeconds);
                yield new PcmAudio(name, toPcm16(Resampler.resample(wav.samples(), wav.sampleRate(), PcmAudio.SAMPLE_RATE)));
            }
            case FLAC, MP3 -> new PcmAudio(name, viaSox(name, container, bytes, file));
            case UNSUPPORTED_AUDIO -> throw new AudioInputException(name
                    + ": this audio format is not supported (WAV, FLAC or MP3 are); convert it, for example with sox");
            case NOT_AUDIO -> throw new AudioInputException(name + ": not an audio file (expected WAV, FLAC or MP3)");
        };
        if (audio.durationMillis() < MIN_MILLIS) {
            throw new AudioInputException(name + ": the recording is too short to hold speech ("
                    + audio.durationMillis() + " ms)");
        }
        double peak = audio.peakLevelDbfs();
        if (peak < SILENCE_DBFS) {
            throw new AudioInputException(String.format("%s: the recording is silent (loudest stretch %.0f dBFS)",
                    name, Double.isInfinite(peak) ? -999.0 : peak));
        }
        return audio;
    }

    private long maxBytes() {
        // 384 kHz, 8 channels, 32 bits for the whole duration is far beyond any dictation; this only stops absurd files.
        return Math.min(Integer.MAX_VALUE - 64, maxSeconds * 48_000L * 2 * 4 + 1_048_576);
    }

    private short[] viaSox(String name, AudioContainer container, byte[] bytes, Path file) throws AudioInputException {
        Path input = file;
        Path temporary = null;
        try {
            if (input == null) {
                temporary = Files.createTempFile("clinscribe-audio-", "." + container.name().toLowerCase());
                Files.write(temporary, bytes);
                input = temporary;
            }
            List<String> command = new ArrayList<>(List.of(soxCommand, "-V1", "-t", container.name().toLowerCase(),
                    input.toString(), "-t", "raw", "-r", Integer.toString(PcmAudio.SAMPLE_RATE), "-c", "1", "-b", "16",
                    "-e", "signed-integer", "-L", "-"));
            Process sox;
            try {
                sox = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
            } catch (IOException e) {
                throw new AudioInputException(name + ": " + container + " audio needs the sox tool with its MP3 and FLAC "
                        + "formats (run scripts/install-system-packages.sh)", e);
            }
            sox.getOutputStream().close();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread errorReader = new Thread(() -> drain(sox.getErrorStream(), errors), "sox-stderr");
            errorReader.start();
            byte[] raw = readLimited(sox.getInputStream(), maxSeconds * PcmAudio.SAMPLE_RATE * 2 + 2);
            if (!sox.waitFor(60, TimeUnit.SECONDS)) {
                sox.destroyForcibly();
                throw new AudioInputException(name + ": decoding " + container + " timed out");
            }
            errorReader.join(5_000);
            if (raw == null) {
                sox.destroyForcibly();
                throw new AudioInputException(String.format("%s: recording is longer than the %d-minute limit; split it",
                        name, maxSeconds / 60));
            }
            if (sox.exitValue() != 0 || raw.length < 2) {
                String reason = firstLine(errors.toString(StandardCharsets.UTF_8)).replace(input.toString(), "file");
                throw new AudioInputException(name + ": cannot decode as " + container
                        + (reason.isEmpty() ? " (corrupt or truncated)" : " (" + reason + ")"));
            }
            short[] samples = new short[raw.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) ((raw[2 * i] & 0xFF) | (raw[2 * i + 1] << 8));
            }
            return samples;
        } catch (IOException e) {
            throw new AudioInputException(name + ": cannot decode " + container + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AudioInputException(name + ": interrupted while decoding", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a left-over temporary file in the temp directory is harmless
                }
            }
        }
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65_536];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > limit) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static void drain(InputStream in, ByteArrayOutputStream into) {
        try {
            in.transferTo(into);
        } catch (IOException ignored) {
            // the exit code tells whether decoding worked
        }
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("")
                .replaceFirst("^sox (FAIL|WARN) \\w+: ", "");
    }

    private static short[] toPcm16(float[] samples) {
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            // Scaled by 2^15 like the decoder, so 16-bit input comes back bit for bit.
            out[i] = (short) Math.max(-32768, Math.min(32767, Math.round(samples[i] * 32768.0)));
        }
        return out;
    }
}
