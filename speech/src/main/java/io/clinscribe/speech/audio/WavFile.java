package io.clinscribe.speech.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads a RIFF/WAVE file into mono samples at its own rate: PCM of 8 to 32 bits, IEEE float, A-law and
 * mu-law, any channel count (averaged to mono), plain or WAVE_FORMAT_EXTENSIBLE. Written by hand rather
 * than with {@code javax.sound.sampled} so that a truncated or malformed file gets a precise message
 * instead of a silently shortened recording.
 */
final class WavFile {

    private static final int PCM = 1;
    private static final int IEEE_FLOAT = 3;
    private static final int A_LAW = 6;
    private static final int MU_LAW = 7;
    private static final int EXTENSIBLE = 0xFFFE;

    private WavFile() {
    }

    /** Mono samples in [-1, 1] at the file's sample rate. */
    record Decoded(float[] samples, int sampleRate, int channels, int bitsPerSample) {
    }

    static boolean looksLikeWav(byte[] head) {
        return head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'A' && head[10] == 'V' && head[11] == 'E';
    }

    static Decoded decode(String name, byte[] bytes, long maxSeconds) throws AudioInputException {
        if (!looksLikeWav(bytes)) {
            throw new AudioInputException(name + ": not a RIFF/WAVE file");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        in.position(12);
        int formatTag = -1;
        int channels = 0;
        int sampleRate = 0;
        int blockAlign = 0;
        int bits = 0;
        while (in.remaining() >= 8) {
            String chunk = new String(bytes, in.position(), 4, java.nio.charset.StandardCharsets.US_ASCII);
            in.position(in.position() + 4);
            long size = Integer.toUnsignedLong(in.getInt());
            if (chunk.equals("fmt ")) {
                if (size < 16 || size > in.remaining()) {
                    throw new AudioInputException(name + ": WAV format header is damaged");
                }
                int start = in.position();
                formatTag = Short.toUnsignedInt(in.getShort());
                channels = Short.toUnsignedInt(in.getShort());
                sampleRate = in.getInt();
                in.getInt(); // byte rate: derived, not trusted
                blockAlign = Short.toUnsignedInt(in.getShort());
                bits = Short.toUnsignedInt(in.getShort());
                if (formatTag == EXTENSIBLE && size >= 40) {
                    in.position(start + 24);
                    formatTag = Short.toUnsignedInt(in.getShort()); // first two bytes of the sub-format GUID
                }
                in.position(start + (int) size + (int) (size & 1));
            } else if (chunk.equals("data")) {
                if (formatTag < 0) {
                    throw new AudioInputException(name + ": WAV file has audio data before its format header");
                }
                long available = in.remaining();
                // 0 and 0xFFFFFFFF are what streaming writers leave when they cannot seek back.
                boolean sizeUnknown = size == 0 || size == 0xFFFFFFFFL;
                if (!sizeUnknown && size > available) {
                    throw new AudioInputException(String.format(
                            "%s: truncated WAV file: the header announces %d bytes of audio, the file has %d",
                            name, size, available));
                }
                int length = (int) (sizeUnknown ? available : size);
                return new Decoded(samples(name, bytes, in.position(), length, formatTag, channels, sampleRate,
                        blockAlign, bits, maxSeconds), sampleRate, channels, bits);
            } else {
                long skip = size + (size & 1);
                if (skip > in.remaining()) {
                    break;
                }
                in.position(in.position() + (int) skip);
            }
        }
        throw new AudioInputException(name + (formatTag < 0
                ? ": WAV file has no format header (damaged or truncated)"
                : ": WAV file has no audio data (damaged or truncated)"));
    }

    private static float[] samples(String name, byte[] bytes, int offset, int length, int formatTag, int channels,
                                   int sampleRate, int blockAlign, int bits, long maxSeconds)
            throws AudioInputException {
        if (channels < 1 || channels > 32) {
            throw new AudioInputException(name + ": WAV file declares " + channels + " channels");
        }
        if (sampleRate < 4_000 || sampleRate > 384_000) {
            throw new AudioInputException(name + ": unsupported sample rate " + sampleRate + " Hz (4 kHz to 384 kHz)");
        }
        int bytesPerSample = switch (formatTag) {
            case PCM -> {
                if (bits < 8 || bits > 32) {
                    throw new AudioInputException(name + ": unsupported PCM bit depth " + bits);
                }
                yield Math.max((bits + 7) / 8, blockAlign / channels);
            }
            case IEEE_FLOAT -> {
                if (bits != 32 && bits != 64) {
                    throw new AudioInputException(name + ": unsupported float bit depth " + bits);
                }
                yield bits / 8;
            }
            case A_LAW, MU_LAW -> 1;
            default -> throw new AudioInputException(String.format(
                    "%s: unsupported WAV encoding (format tag 0x%04X); convert it to PCM, FLAC or MP3",
                    name, formatTag));
        };
        int frameSize = bytesPerSample * channels;
        int frames = length / frameSize;
        if (frames == 0) {
            throw new AudioInputException(name + ": WAV file contains no audio");
        }
        if ((long) frames > maxSeconds * sampleRate) {
            throw new AudioInputException(String.format("%s: recording is longer than the %d-minute limit; split it",
                    name, maxSeconds / 60));
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN);
        float[] mono = new float[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            int frameStart = offset + f * frameSize;
            for (int c = 0; c < channels; c++) {
                sum += sample(in, frameStart + c * bytesPerSample, formatTag, bytesPerSample);
            }
            mono[f] = (float) (sum / channels);
        }
        return mono;
    }

    private static double sample(ByteBuffer in, int at, int formatTag, int bytesPerSample) {
        switch (formatTag) {
            case IEEE_FLOAT:
                double value = bytesPerSample == 4 ? in.getFloat(at) : in.getDouble(at);
                return Double.isFinite(value) ? Math.max(-1, Math.min(1, value)) : 0;
            case A_LAW:
                return aLaw(in.get(at)) / 32768.0;
            case MU_LAW:
                return muLaw(in.get(at)) / 32768.0;
            default:
                if (bytesPerSample == 1) {
                    return (Byte.toUnsignedInt(in.get(at)) - 128) / 128.0; // 8-bit WAV is unsigned
                }
                // Little-endian signed integer of 2-4 bytes; left-justified, so the top bytes carry the value.
                long v = 0;
                for (int b = bytesPerSample - 1; b >= 0; b--) {
                    v = (v << 8) | Byte.toUnsignedInt(in.get(at + b));
                }
                int shift = 64 - 8 * bytesPerSample;
                v = (v << shift) >> shift;
                return v / Math.pow(2, 8 * bytesPerSample - 1);
        }
    }

    private static int muLaw(byte encoded) {
        int u = ~encoded & 0xFF;
        int t = ((u & 0x0F) << 3) + 0x84;
        t <<= (u & 0x70) >> 4;
        return (u & 0x80) != 0 ? 0x84 - t : t - 0x84;
    }

    private static int aLaw(byte encoded) {
        int a = (encoded ^ 0x55) & 0xFF;
        int t = (a & 0x0F) << 4;
        int segment = (a & 0x70) >> 4;
        t = switch (segment) {
            case 0 -> t + 8;
            case 1 -> t + 0x108;
            default -> (t + 0x108) << (segment - 1);
        };
        return (a & 0x80) != 0 ? t : -t;
    }
}
