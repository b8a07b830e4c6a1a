package io.clinscribe.speech.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A recording as the recognisers want it: 16 kHz, mono, 16-bit signed samples. Immutable (the samples
 * are copied in and out), so one decoded recording can be handed to several engines.
 */
public final class PcmAudio {

    /** The one sample rate every engine here is given. */
    public static final int SAMPLE_RATE = 16_000;

    private final String source;
    private final short[] samples;

    public PcmAudio(String source, short[] samples) {
        this.source = Objects.requireNonNull(source, "source");
        this.samples = samples.clone();
    }

    /** The file name or label the audio came from, for messages. */
    public String source() {
        return source;
    }

    public short[] samples() {
        return samples.clone();
    }

    public int sampleCount() {
        return samples.length;
    }

    public long durationMillis() {
        return samples.length * 1000L / SAMPLE_RATE;
    }

    /** Little-endian 16-bit PCM bytes, as Vosk's byte API and raw-audio tools take them. */
    public byte[] littleEndianBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asShortBuffer().put(samples);
        return buffer.array();
    }

    /** A canonical 44-byte-header WAV file of this audio, for engines that read files. */
    public byte[] toWav() {
        byte[] data = littleEndianBytes();
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put(new byte[] {'R', 'I', 'F', 'F'}).putInt(36 + data.length).put(new byte[] {'W', 'A', 'V', 'E'});
        header.put(new byte[] {'f', 'm', 't', ' '}).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        header.put(new byte[] {'d', 'a', 't', 'a'}).putInt(data.length);
        ByteArrayOutputStream wav = new ByteArrayOutputStream(44 + data.length);
        wav.writeBytes(header.array());
        wav.writeBytes(data);
        return wav.toByteArray();
    }

    /** The level of the loudest 30 ms stretch in dB relative to full scale (-inf for digital silence). */
    public double peakLevelDbfs() {
        int window = SAMPLE_RATE * 30 / 1000;
        double loudest = 0;
        for (int start = 0; start < samples.length; start += window) {
            int end = Math.min(samples.length, start + window);
            double sum = 0;
            for (int i = start; i < end; i++) {
                sum += (double) samples[i] * samples[i];
            }
            loudest = Math.max(loudest, Math.sqrt(sum / (end - start)));
        }
        return 20 * Math.log10(loudest / 32768.0);
    }
}
