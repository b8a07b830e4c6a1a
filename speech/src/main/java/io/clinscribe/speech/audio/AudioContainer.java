package io.clinscribe.speech.audio;

/** What a file holds, told from its first bytes rather than its name. */
enum AudioContainer {
    WAV, FLAC, MP3, UNSUPPORTED_AUDIO, NOT_AUDIO;

    static AudioContainer sniff(byte[] b) {
        if (WavFile.looksLikeWav(b)) {
            return WAV;
        }
        if (startsWith(b, "fLaC")) {
            return FLAC;
        }
        if (startsWith(b, "ID3") || (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE6) == 0xE2)) {
            return MP3; // an ID3 tag, or an MPEG layer III frame sync
        }
        if (startsWith(b, "OggS") || startsWith(b, "FORM") || startsWith(b, "RIFF") || startsWith(b, "#!AMR")
                || startsWith(b, "caff") || (b.length >= 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p')) {
            return UNSUPPORTED_AUDIO; // Ogg, AIFF, other RIFF, AMR, CAF, MP4/M4A
        }
        return NOT_AUDIO;
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
