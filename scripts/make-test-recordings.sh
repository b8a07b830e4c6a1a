#!/usr/bin/env bash
# Makes the small test recordings in corpora/audio from text, with Debian's flite voices (PocketSphinx
# recognises them; espeak-ng speech it does not) and sox for the format variants and broken files.
# The lines are the project's own; the output is committed, so tests never need flite.
set -euo pipefail
cd "$(dirname "$0")/.."
out=corpora/audio
mkdir -p "$out/formats" "$out/bad"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

speak() { # id voice text
  flite -voice "$2" -t "$3" -o "$tmp/$1.wav"
  sox -R "$tmp/$1.wav" -r 16000 -c 1 -b 16 -e signed-integer "$out/$1.wav"
  printf '%s\t%s\n' "$1" "$3" >> "$tmp/transcripts.tsv"
}

speak dictation-vitals slt "vital signs colon blood pressure one forty over ninety comma heart rate eighty two period"
speak dictation-medications rms "plan colon start lisinopril ten milligrams daily period continue metformin five hundred milligrams twice daily period"
speak dictation-allergy awb "the patient is allergic to penicillin period she denies chest pain period"
cp "$tmp/transcripts.tsv" "$out/transcripts.tsv"

# The same speech in the formats and shapes users send: other rates, depths, channel counts, FLAC, MP3.
src="$out/dictation-vitals.wav"
sox -R "$src" -r 44100 -c 2 -b 24 -e signed-integer "$out/formats/vitals-44k-stereo-24bit.wav" trim 0 2
sox -R "$src" -r 22050 -c 1 -b 32 -e floating-point "$out/formats/vitals-22k-float.wav" trim 0 2
sox -R "$src" -r 8000 -c 1 -b 8 -e unsigned-integer "$out/formats/vitals-8k-8bit.wav" trim 0 2
sox -R "$src" -r 8000 -c 1 -e mu-law "$out/formats/vitals-8k-mulaw.wav" trim 0 2
sox -R "$src" -r 48000 -c 1 -b 16 "$out/formats/vitals-48k.flac" trim 0 2
sox -R "$src" -r 44100 -c 1 -C 64 "$out/formats/vitals-44k.mp3" trim 0 2
sox -R "$src" "$out/formats/vitals-16k-reference.wav" trim 0 2

# Broken inputs, each must get its own clear error.
head -c 20000 "$src" > "$out/bad/truncated.wav"
sox -R -n -r 16000 -c 1 -b 16 "$out/bad/silence.wav" trim 0 2
{ printf 'ID3\x03\x00\x00\x00\x00\x00\x00'; head -c 4000 /dev/zero | tr '\0' 'x'; } > "$out/bad/corrupt.mp3"
printf 'Patient dictation notes, typed not spoken.\n' > "$out/bad/not-audio.wav"
head -c 3000 "$out/formats/vitals-48k.flac" > "$out/bad/truncated.flac"
ls -l "$out" "$out/formats" "$out/bad"
